import { paths } from '../../config/paths.ts';
import { absoluteUrl, ORGANIZATION } from '../../lib/site.ts';
import type { NewsItem } from './news-schema.ts';

/** schema.org NewsArticle for an article page. */
export function newsArticleData(item: NewsItem) {
  const url = absoluteUrl(paths.newsArticle(item.slug));
  return {
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished: item.date,
    url,
    mainEntityOfPage: url,
    inLanguage: 'en-GB',
    author: ORGANIZATION,
    publisher: ORGANIZATION,
    ...(item.tags?.length ? { keywords: item.tags.join(', ') } : {}),
  };
}
