import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { RouteError } from '../components/route-error.tsx';
import { HomePage, homeLoader } from '../routes/home.tsx';
import { RootHydrateFallback, RootLayout } from './root-layout.tsx';

type LoaderFactory = (queryClient: QueryClient) => LoaderFunction;

/**
 * A page whose code loads when it is first visited, so the home page's bundle carries only
 * the home page. Loader and component come from the same module: on a prerendered page the
 * browser loads that module before hydrating (see mountApp), and on a client-side navigation
 * the prefetch on hover or focus has usually fetched the data already.
 */
function page<M>(
  queryClient: QueryClient,
  load: () => Promise<M>,
  pick: (module: M) => { loader?: LoaderFactory; Component?: ComponentType },
): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const { loader, Component } = pick(await load());
      return {
        ...(Component ? { Component } : {}),
        ...(loader ? { loader: loader(queryClient) } : {}),
      };
    },
  };
}

/** The one route table, used by the browser, the tests and the prerenderer. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const newsList = () => import('../routes/news-list.tsx');
  const newsArchive = () => import('../routes/news-archive.tsx');
  const newsArticle = () => import('../routes/news-article.tsx');
  const tag = () => import('../routes/tag.tsx');
  const search = () => import('../routes/search.tsx');
  const notices = () => import('../routes/notices.tsx');
  const background = () => import('../routes/background.tsx');
  const event = () => import('../routes/event.tsx');
  const join = () => import('../routes/join.tsx');

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
            {
              path: 'news',
              ...page(queryClient, newsList, (m) => ({
                loader: m.newsListLoader,
                Component: m.NewsListPage,
              })),
            },
            {
              path: 'news/archive',
              ...page(queryClient, newsArchive, (m) => ({
                loader: m.newsArchiveLoader,
                Component: m.NewsArchivePage,
              })),
            },
            {
              path: 'news/archive/:year/:month',
              ...page(queryClient, newsArchive, (m) => ({
                loader: m.newsMonthLoader,
                Component: m.NewsMonthPage,
              })),
            },
            {
              path: 'news/:slug',
              ...page(queryClient, newsArticle, (m) => ({
                loader: m.newsArticleLoader,
                Component: m.NewsArticlePage,
              })),
            },
            {
              path: 'tags/:tag',
              ...page(queryClient, tag, (m) => ({ loader: m.tagLoader, Component: m.TagPage })),
            },
            {
              path: 'search',
              ...page(queryClient, search, (m) => ({
                loader: m.searchLoader,
                Component: m.SearchPage,
              })),
            },
            {
              path: 'notices',
              ...page(queryClient, notices, (m) => ({
                loader: m.noticesLoader,
                Component: m.NoticesPage,
              })),
            },
            {
              path: 'notices/:slug',
              ...page(queryClient, notices, (m) => ({
                loader: m.noticeLoader,
                Component: m.NoticePage,
              })),
            },
            {
              path: 'background',
              ...page(queryClient, background, (m) => ({
                loader: m.backgroundLoader,
                Component: m.BackgroundPage,
              })),
            },
            {
              path: 'background/:slug',
              ...page(queryClient, background, (m) => ({
                loader: m.topicLoader,
                Component: m.TopicPage,
              })),
            },
            {
              path: 'events/:slug',
              ...page(queryClient, event, (m) => ({
                loader: m.eventLoader,
                Component: m.EventPage,
              })),
            },
            {
              path: 'events/:slug/register',
              // The event's data for every step; each step's code (react-hook-form, ics) loads
              // only when it is visited.
              ...page(queryClient, event, (m) => ({ loader: m.eventLoader })),
              children: [
                {
                  index: true,
                  ...page(
                    queryClient,
                    () => import('../routes/event-register.tsx'),
                    (m) => ({
                      Component: m.EventRegisterPage,
                    }),
                  ),
                },
                {
                  path: 'check-answers',
                  ...page(
                    queryClient,
                    () => import('../routes/event-register-check-answers.tsx'),
                    (m) => ({ Component: m.EventRegisterCheckAnswersPage }),
                  ),
                },
                {
                  path: 'confirmation',
                  ...page(
                    queryClient,
                    () => import('../routes/event-register-confirmation.tsx'),
                    (m) => ({ Component: m.EventRegisterConfirmationPage }),
                  ),
                },
              ],
            },
            {
              path: 'join',
              ...page(queryClient, join, (m) => ({ loader: m.joinLoader, Component: m.JoinPage })),
            },
            {
              path: 'join/check-answers',
              ...page(
                queryClient,
                () => Promise.all([join(), import('../routes/join-check-answers.tsx')]),
                ([joinPage, step]) => ({
                  loader: joinPage.joinStepLoader,
                  Component: step.JoinCheckAnswersPage,
                }),
              ),
            },
            {
              path: 'join/confirmation',
              ...page(
                queryClient,
                () => import('../routes/join-confirmation.tsx'),
                (m) => ({
                  Component: m.JoinConfirmationPage,
                }),
              ),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
