import { useLocation } from 'react-router';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, OG_LOCALE } from '../config/locales.ts';
import { inLocale } from '../config/paths.ts';
import { useLocale } from '../lib/i18n.ts';
import { linkedData, type StructuredData } from '../lib/linked-data.ts';
import { jsonForScript } from '../lib/script-json.ts';
import { absoluteUrl, SITE_NAME } from '../lib/site.ts';

type PageMetaProps = {
  title: string;
  description: string;
  /** Open Graph type: "article" for news, "website" for everything else. */
  type?: 'website' | 'article';
  /**
   * The page's address for search engines, without its language's prefix (`paths.x()`): default
   * the current path and query; false for none (and then no language alternates either).
   */
  canonical?: string | false;
  /**
   * schema.org data about the page's subject, e.g. a NewsArticle or an Event; several nodes are
   * written as one `@graph`. Each gets `inLanguage`, the page's language, unless it gives its own
   * (the language of its content, e.g. English-only content on a Spanish page) or is of a type
   * that has no language (an Organization).
   */
  structuredData?: StructuredData | readonly StructuredData[];
};

/**
 * The page's title, description, canonical link and sharing cards. React 19 hoists the tags
 * into <head>, in the browser and when pages are prerendered in Node.
 */
export function PageMeta({
  title,
  description,
  type = 'website',
  canonical,
  structuredData,
}: PageMetaProps) {
  // The router's location is inside the language's basename: /es/news is '/news' here.
  const { pathname, search } = useLocation();
  const locale = useLocale();
  const fullTitle = title === SITE_NAME ? title : `${title} – ${SITE_NAME}`;
  const path = canonical === false ? null : (canonical ?? `${pathname}${search}`);
  const url = path === null ? null : absoluteUrl(inLocale(path, locale));
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {url && <link rel="canonical" href={url} />}
      {/* The same page in each language, and which one to offer anyone else (hreflang). */}
      {path !== null &&
        LOCALES.map((other) => (
          <link
            key={other}
            rel="alternate"
            hrefLang={HTML_LANG[other]}
            href={absoluteUrl(inLocale(path, other))}
          />
        ))}
      {path !== null && (
        <link
          rel="alternate"
          hrefLang="x-default"
          href={absoluteUrl(inLocale(path, DEFAULT_LOCALE))}
        />
      )}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content={OG_LOCALE[locale]} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {url && <meta property="og:url" content={url} />}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {structuredData && (
        <script
          type="application/ld+json"
          // A data block, never run as code (so the CSP needs no 'unsafe-inline'); the JSON is
          // our own content with every "<" escaped, so it cannot end the element early.
          dangerouslySetInnerHTML={{
            __html: jsonForScript(linkedData(structuredData, HTML_LANG[locale])),
          }}
        />
      )}
    </>
  );
}
