import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { RouteError } from '../components/route-error.tsx';
import { PAGE_AREAS } from '../config/message-areas.ts';
import { PAGE_NAMES, PAGES, type PageName } from '../config/paths.ts';
import type { AreaLoader } from '../lib/i18n-areas.ts';
import { Component as HomePage, loader as homeLoader } from '../routes/home.tsx';
import { RootHydrateFallback, RootLayout } from './root-layout.tsx';

/**
 * What every module in src/routes exports: its page's component and, if the page needs data,
 * a loader factory that fills the query cache (the TanStack Query + React Router pattern).
 */
export type RouteModule = {
  loader?: (queryClient: QueryClient) => LoaderFunction;
  Component: ComponentType;
};

/**
 * The one route table: each page of src/config/paths.ts and the module that renders it. Only
 * the home page is in the entry bundle; every other page's code loads on its first visit (on a
 * prerendered page the browser loads it before hydrating, see mountApp).
 */
const PAGE_MODULES: Record<PageName, RouteModule | (() => Promise<RouteModule>)> = {
  home: { loader: homeLoader, Component: HomePage },
  newsList: () => import('../routes/news-list.tsx'),
  newsPage: () => import('../routes/news-list.tsx'),
  newsArchive: () => import('../routes/news-archive.tsx'),
  newsMonth: () => import('../routes/news-month.tsx'),
  newsArticle: () => import('../routes/news-article.tsx'),
  tag: () => import('../routes/tag.tsx'),
  search: () => import('../routes/search.tsx'),
  notices: () => import('../routes/notices.tsx'),
  notice: () => import('../routes/notice.tsx'),
  background: () => import('../routes/background.tsx'),
  topic: () => import('../routes/topic.tsx'),
  events: () => import('../routes/events.tsx'),
  event: () => import('../routes/event.tsx'),
  // Each form step's code (react-hook-form, ics) loads only when that step is visited.
  eventRegister: () => import('../routes/event-register.tsx'),
  eventRegisterCheckAnswers: () => import('../routes/event-register-check-answers.tsx'),
  eventRegisterConfirmation: () => import('../routes/event-register-confirmation.tsx'),
  join: () => import('../routes/join.tsx'),
  joinCheckAnswers: () => import('../routes/join-check-answers.tsx'),
  joinConfirmation: () => import('../routes/join-confirmation.tsx'),
  privacy: () => import('../routes/privacy.tsx'),
  offline: () => import('../routes/offline.tsx'),
};

function routeParts(module: RouteModule, queryClient: QueryClient) {
  return {
    Component: module.Component,
    ...(module.loader ? { loader: module.loader(queryClient) } : {}),
  };
}

/**
 * What the browser adds to the route table: loading a page's message areas
 * (src/config/message-areas.ts) together with its code, so they are there before it renders.
 * The prerenderer, the server and the tests have the whole catalog and pass nothing.
 */
export type RouteOptions = { loadMessageAreas?: AreaLoader };

function pageRoute(
  name: PageName,
  queryClient: QueryClient,
  { loadMessageAreas }: RouteOptions,
): RouteObject {
  const module = PAGE_MODULES[name];
  const pattern: string = PAGES[name];
  // A page's code and its message areas load together on its first visit.
  const parts =
    typeof module === 'function'
      ? {
          lazy: async () => {
            const [loaded] = await Promise.all([module(), loadMessageAreas?.(PAGE_AREAS[name])]);
            return routeParts(loaded, queryClient);
          },
        }
      : // A page in the entry bundle (the home page) has its messages in the shell.
        routeParts(module, queryClient);
  // The route id is the page's name, so the prerendered loader data says which page it is.
  return pattern === '/'
    ? { id: name, index: true, ...parts }
    : { id: name, path: pattern.slice(1), ...parts };
}

/** The route table, used by the browser, the tests and the prerenderer. */
export function createRoutes(queryClient: QueryClient, options: RouteOptions = {}): RouteObject[] {
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
            ...PAGE_NAMES.map((name) => pageRoute(name, queryClient, options)),
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
