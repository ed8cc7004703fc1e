import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { RouteError } from '../components/route-error.tsx';
import { BackgroundPage, backgroundLoader, TopicPage, topicLoader } from '../routes/background.tsx';
import { EventPage, eventLoader } from '../routes/event.tsx';
import { HomePage, homeLoader } from '../routes/home.tsx';
import { JoinPage, joinLoader } from '../routes/join.tsx';
import { NewsArticlePage, newsArticleLoader } from '../routes/news-article.tsx';
import { NewsListPage, newsListLoader } from '../routes/news-list.tsx';
import { NoticePage, noticeLoader, NoticesPage, noticesLoader } from '../routes/notices.tsx';
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
            { path: 'join', loader: joinLoader(queryClient), Component: JoinPage },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
