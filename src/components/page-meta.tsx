import { useLocation } from 'react-router';
import { jsonForScript } from '../lib/script-json.ts';
import { absoluteUrl, SITE_NAME } from '../lib/site.ts';

type PageMetaProps = {
  title: string;
  description: string;
  /** Open Graph type: "article" for news, "website" for everything else. */
  type?: 'website' | 'article';
  /** The page's address for search engines; default the current path and query; false for none. */
  canonical?: string | false;
  /** schema.org data about the page's subject, e.g. a NewsArticle or an Event. */
  structuredData?: Record<string, unknown>;
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
  const { pathname, search } = useLocation();
  const fullTitle = title === SITE_NAME ? title : `${title} – ${SITE_NAME}`;
  const url = canonical === false ? null : absoluteUrl(canonical ?? `${pathname}${search}`);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {url && <link rel="canonical" href={url} />}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:locale" content="en_GB" />
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
            __html: jsonForScript({ '@context': 'https://schema.org', ...structuredData }),
          }}
        />
      )}
    </>
  );
}
