import { useLingui } from '@lingui/react';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { ContentLinks, Paragraphs, UnavailableNote } from '../components/content-blocks.tsx';
import {
  ContentText,
  EnglishOnlyNote,
  useContentLanguage,
} from '../components/content-language.tsx';
import { DateText } from '../components/date-text.tsx';
import { ShareLinks } from '../components/share-links.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { NewsLink } from '../features/news/news-link.tsx';
import { newsQueries } from '../features/news/news-queries.ts';
import { newsArticleData } from '../features/news/news-structured-data.ts';
import { useLocale } from '../lib/i18n.ts';
import { requireSlug } from '../lib/route-params.ts';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.ensureQueryData(newsQueries.detail(requireSlug(params.slug))),
      queryClient.ensureQueryData(newsQueries.tags()),
    ]);
    return null;
  };
}

/** /news/:slug — one article. */
export function Component() {
  const slug = requireSlug(useParams().slug);
  const { data } = useSuspenseQuery(newsQueries.detail(slug));
  const { data: tags } = useSuspenseQuery(newsQueries.tags());
  const { item, neighbours } = data;
  const { _ } = useLingui();
  const shown = useContentLanguage();
  const locale = useLocale();
  const title = shown(item.title, item.es?.title);
  const text = item.body
    ? shown(item.body, item.es?.body)
    : shown([item.summary], item.es?.summary ? [item.es.summary] : undefined);
  const summary = shown(item.summary, item.es?.summary);
  const itemTags = (item.tags ?? []).map(
    (slug) => tags.find((tag) => tag.slug === slug) ?? { slug, label: slug },
  );

  return (
    <article className="page article">
      <PageMeta
        title={title.value}
        description={summary.value}
        type="article"
        structuredData={newsArticleData(item, { title, summary, text }, locale)}
      />
      <p className="back-link">
        <Link to={paths.newsPage()}>{_('news.allNews')}</Link>
      </p>
      <h1 lang={title.lang}>{title.value}</h1>
      <p className="meta">
        <DateText date={item.date} />
      </p>
      <EnglishOnlyNote shown={[title, text]} />
      <Paragraphs paragraphs={text.value} lang={text.lang} />
      <UnavailableNote notes={item.unavailable} />
      <ContentLinks links={item.links} />
      <ShareLinks title={title.value} path={paths.newsArticle(item.slug)} />
      {itemTags.length > 0 && (
        <section aria-labelledby="article-tags" className="tags">
          <h2 id="article-tags" className="tags__title">
            {_('news.article.tags')}
          </h2>
          <ul className="tags__list">
            {itemTags.map((tag) => (
              <li key={tag.slug}>
                <Link to={paths.tag(tag.slug)} className="tag">
                  {tag.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(neighbours.newer || neighbours.older) && (
        <nav aria-label={_('news.article.moreNews')} className="article-nav">
          {neighbours.older && (
            <NewsLink slug={neighbours.older.slug} className="article-nav__link">
              <span className="article-nav__label">{_('news.article.older')}</span>
              <ContentText english={neighbours.older.title} spanish={neighbours.older.es?.title} />
            </NewsLink>
          )}
          {neighbours.newer && (
            <NewsLink
              slug={neighbours.newer.slug}
              className="article-nav__link article-nav__link--newer"
            >
              <span className="article-nav__label">{_('news.article.newer')}</span>
              <ContentText english={neighbours.newer.title} spanish={neighbours.newer.es?.title} />
            </NewsLink>
          )}
        </nav>
      )}
    </article>
  );
}
