import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { paths, type PrerenderedPage } from '../../src/config/paths.ts';

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

const CONFERENCE = 'annual-conference-2016';
export const CONFERENCE_PATH = paths.event(CONFERENCE);
export const REGISTER_PATH = paths.eventRegister(CONFERENCE);

/**
 * Times either side of the conference's start (11:00 London time on 5 November 2016). Both the
 * server and the browser are set to them in tests; the site itself has no switch for the clock.
 */
export const BEFORE_CONFERENCE = '2016-10-25T12:00:00Z';
export const CONFERENCE_UNDER_WAY = '2016-11-05T12:00:00Z';

/**
 * One example of every prerendered page of the page map (src/config/paths.ts): the type asks
 * for each, so a new page is visited here once it has an entry. The form steps that only the
 * browser renders are visited by the form journeys. The seed's eight news items fill one page,
 * so /news/page/N exists only in larger archives (the unit tests and the bench build those).
 */
const PAGE_EXAMPLES: {
  [P in Exclude<PrerenderedPage, 'newsPage'>]: Omit<SiteRoute, 'name' | 'status'>;
} = {
  home: { path: paths.home(), heading: 'Peru Support Group' },
  newsList: { path: paths.newsPage(), heading: 'News' },
  newsArticle: {
    path: paths.newsArticle('peru-support-groups-annual-conference-on-5-november'),
    heading: "Peru Support Group's Annual Conference on 5 November",
  },
  newsArchive: { path: paths.newsArchive(), heading: 'News archive' },
  newsMonth: { path: paths.newsMonth(2016, 10), heading: 'News from October 2016' },
  tag: { path: paths.tag('mining'), heading: 'News about mining' },
  notices: { path: paths.notices(), heading: 'Featured notices' },
  notice: { path: paths.notice('annual-report-2014-2015'), heading: 'Annual Report: 2014/2015' },
  background: { path: paths.background(), heading: 'Background' },
  topic: { path: paths.topic('why-join-the-psg'), heading: 'Why join the PSG?' },
  events: { path: paths.events(), heading: 'Events' },
  event: { path: CONFERENCE_PATH, heading: 'Peru Support Group Annual Conference' },
  eventRegister: {
    path: REGISTER_PATH,
    heading: 'Register for Peru Support Group Annual Conference',
    time: BEFORE_CONFERENCE,
  },
  join: { path: paths.join(), heading: 'Join the Peru Support Group' },
  search: { path: paths.search('Las Bambas'), heading: 'Search' },
  privacy: { path: paths.privacy(), heading: 'Privacy notice' },
};

/** Every prerendered page by its name in the page map, then an address that is no page. */
export const ROUTES: readonly SiteRoute[] = [
  ...Object.entries(PAGE_EXAMPLES).map(([name, example]) => ({ name, ...example })),
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
