import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { RouteError } from '../components/route-error.tsx';
import { BackgroundPage, backgroundLoader, TopicPage, topicLoader } from '../routes/background.tsx';
import { EventPage, eventLoader } from '../routes/event.tsx';
import { HomePage, homeLoader } from '../routes/home.tsx';
import { JoinPage, joinLoader, joinStepLoader } from '../routes/join.tsx';
import { NewsArticlePage, newsArticleLoader } from '../routes/news-article.tsx';
import {
  NewsArchivePage,
  newsArchiveLoader,
  NewsMonthPage,
  newsMonthLoader,
} from '../routes/news-archive.tsx';
import { NewsListPage, newsListLoader } from '../routes/news-list.tsx';
import { NoticePage, noticeLoader, NoticesPage, noticesLoader } from '../routes/notices.tsx';
import { SearchPage, searchLoader } from '../routes/search.tsx';
import { TagPage, tagLoader } from '../routes/tag.tsx';
import { RootHydrateFallback, RootLayout } from './root-layout.tsx';

/** The one route table, used by the browser, the tests and (later) the prerenderer. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: RootHydrateFallback,
      children: [
        {
          // Pathless, so an error replaces only the page and the header and footer stay.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: homeLoader(queryClient), Component: HomePage },
            { path: 'news', loader: newsListLoader(queryClient), Component: NewsListPage },
            {
              path: 'news/archive',
              loader: newsArchiveLoader(queryClient),
              Component: NewsArchivePage,
            },
            {
              path: 'news/archive/:year/:month',
              loader: newsMonthLoader(queryClient),
              Component: NewsMonthPage,
            },
            { path: 'tags/:tag', loader: tagLoader(queryClient), Component: TagPage },
            { path: 'search', loader: searchLoader(queryClient), Component: SearchPage },
            {
              path: 'news/:slug',
              loader: newsArticleLoader(queryClient),
              Component: NewsArticlePage,
            },
            { path: 'notices', loader: noticesLoader(queryClient), Component: NoticesPage },
            { path: 'notices/:slug', loader: noticeLoader(queryClient), Component: NoticePage },
            {
              path: 'background',
              loader: backgroundLoader(queryClient),
              Component: BackgroundPage,
            },
            { path: 'background/:slug', loader: topicLoader(queryClient), Component: TopicPage },
            { path: 'events/:slug', loader: eventLoader(queryClient), Component: EventPage },
            // The form steps load their code (react-hook-form, ics) only when visited; the
            // loaders stay here so the content is fetched alongside that code.
            {
              path: 'events/:slug/register',
              loader: eventLoader(queryClient),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../routes/event-register.tsx')).EventRegisterPage,
                  }),
                },
                {
                  path: 'check-answers',
                  lazy: async () => ({
                    Component: (await import('../routes/event-register-check-answers.tsx'))
                      .EventRegisterCheckAnswersPage,
                  }),
                },
                {
                  path: 'confirmation',
                  lazy: async () => ({
                    Component: (await import('../routes/event-register-confirmation.tsx'))
                      .EventRegisterConfirmationPage,
                  }),
                },
              ],
            },
            { path: 'join', loader: joinLoader(queryClient), Component: JoinPage },
            {
              path: 'join/check-answers',
              loader: joinStepLoader(queryClient),
              lazy: async () => ({
                Component: (await import('../routes/join-check-answers.tsx')).JoinCheckAnswersPage,
              }),
            },
            {
              path: 'join/confirmation',
              lazy: async () => ({
                Component: (await import('../routes/join-confirmation.tsx')).JoinConfirmationPage,
              }),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
