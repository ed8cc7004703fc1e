import type { Shown } from '../../components/content-language.tsx';
import { HTML_LANG, type Locale } from '../../config/locales.ts';
import { paths } from '../../config/paths.ts';
import type { StructuredData } from '../../lib/linked-data.ts';
import { absoluteUrl, ORGANIZATION } from '../../lib/site.ts';
import type { NewsItem } from './news-schema.ts';

/** The article as the page shows it: each piece in Spanish if an editor wrote it, else English. */
export type ShownArticle = { title: Shown<string>; summary: Shown<string>; text: Shown<string[]> };

/**
 * schema.org NewsArticle for an article page in `locale`. Its `inLanguage` is the language of
 * its text, not of the page around it: an article in English only is `en-GB` on a Spanish page
 * too; one an editor translated is `es` there.
 */
export function newsArticleData(
  item: NewsItem,
  { title, summary, text }: ShownArticle,
  locale: Locale,
): StructuredData {
  const url = absoluteUrl(paths.newsArticle(item.slug, { locale }));
  return {
    '@type': 'NewsArticle',
    headline: title.value,
    description: summary.value,
    datePublished: item.date,
    url,
    mainEntityOfPage: url,
    inLanguage: HTML_LANG[text.lang ?? locale],
    author: ORGANIZATION,
    publisher: ORGANIZATION,
    ...(item.tags?.length ? { keywords: item.tags.join(', ') } : {}),
  };
}
