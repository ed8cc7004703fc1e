import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The pages the suite visits; `heading` is the page's <h1>. `time`, when set, is the time the
 * server and the browser are set to first (the registration form only exists before the event).
 * `status` is the HTTP status of the page itself when it is not 200.
 */
export type SiteRoute = {
  name: string;
  path: string;
  heading: string;
  time?: string;
  status?: number;
};

export const CONFERENCE_PATH = '/events/annual-conference-2016';
export const REGISTER_PATH = `${CONFERENCE_PATH}/register`;

/**
 * Times either side of the conference's start (11:00 London time on 5 November 2016). Both the
 * server and the browser are set to them in tests; the site itself has no switch for the clock.
 */
export const BEFORE_CONFERENCE = '2016-10-25T12:00:00Z';
export const CONFERENCE_UNDER_WAY = '2016-11-05T12:00:00Z';

export const ROUTES: readonly SiteRoute[] = [
  { name: 'home', path: '/', heading: 'Peru Support Group' },
  { name: 'news', path: '/news', heading: 'News' },
  {
    name: 'article',
    path: '/news/peru-support-groups-annual-conference-on-5-november',
    heading: "Peru Support Group's Annual Conference on 5 November",
  },
  { name: 'news-archive', path: '/news/archive', heading: 'News archive' },
  { name: 'news-month', path: '/news/archive/2016/10', heading: 'News from October 2016' },
  { name: 'tag', path: '/tags/mining', heading: 'News about mining' },
  { name: 'search', path: '/search?q=Las+Bambas', heading: 'Search' },
  { name: 'notices', path: '/notices', heading: 'Featured notices' },
  { name: 'notice', path: '/notices/annual-report-2014-2015', heading: 'Annual Report: 2014/2015' },
  { name: 'background', path: '/background', heading: 'Background' },
  { name: 'topic', path: '/background/why-join-the-psg', heading: 'Why join the PSG?' },
  { name: 'events', path: '/events', heading: 'Events' },
  { name: 'event', path: CONFERENCE_PATH, heading: 'Peru Support Group Annual Conference' },
  {
    name: 'register',
    path: REGISTER_PATH,
    heading: 'Register for Peru Support Group Annual Conference',
    time: BEFORE_CONFERENCE,
  },
  { name: 'join', path: '/join', heading: 'Join the Peru Support Group' },
  { name: 'privacy', path: '/privacy', heading: 'Privacy notice' },
  { name: 'not-found', path: '/no-such-page', heading: 'Page not found', status: 404 },
];

const CONTENT_DIR = resolve(import.meta.dirname, '../../public/content');

export type NewsItem = { slug: string; title: string; date: string };

/** The news items as editors wrote them, so the suite follows the content rather than a copy. */
export function readNewsItems(): NewsItem[] {
  const dir = join(CONTENT_DIR, 'news/items');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as NewsItem);
}
