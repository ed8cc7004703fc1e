import type { PageName } from './paths.ts';

/**
 * The catalogs split by area, so a page loads only the messages it shows. `npm run
 * i18n:compile` writes one compiled module per language and area
 * (src/locales/<locale>/areas/<area>.ts, scripts/i18n-areas.ts); the browser loads the shell
 * with the app and each page's areas with the page's own code (src/lib/i18n-areas.ts). The
 * prerenderer, the server and the tests load the whole catalog. No React here.
 *
 * `shell` is what the entry bundle renders on every page: the header (with its search box,
 * theme control and language switch), the navigation, the footer, the skip link, loading,
 * errors and "Page not found", the print header, the English-only note, and the home page,
 * whose code is in the entry too. `node` holds what only Node renders (the server's form pages,
 * the app shell's HTML): the browser never loads it.
 */
export const MESSAGE_AREAS = [
  'shell',
  'news',
  'events',
  'register',
  'join',
  'form',
  'privacy',
  'search',
  'offline',
  'node',
] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];
/** The areas the browser ever loads (all but `node`). */
export type BrowserMessageArea = Exclude<MessageArea, 'node'>;

/**
 * Which messages each area holds: a pattern ending in "." takes every ID it starts, any other
 * is one whole ID. An ID belongs to the area of its longest matching pattern, so a message a
 * page shares with the shell (the home page's "All news") can be named on its own; a pattern
 * named by two areas, or an ID no pattern matches, fails the build step and the unit test.
 */
export const AREA_MESSAGES: Record<MessageArea, readonly string[]> = {
  shell: [
    ...['app.', 'header.', 'nav.', 'footer.', 'theme.', 'lang.', 'print.'],
    ...['error.', 'notFound.', 'content.', 'pagination.', 'home.'],
    // The header's search box.
    ...['search.header.', 'search.button'],
    // Shown by the home page (in the entry) as well as on their own pages.
    ...['news.allNews', 'news.olderNews', 'news.none'],
    // The notices' and background pages' own few messages (a request of their own would cost
    // more than they weigh).
    ...['notices.', 'background.'],
    // The privacy notice's table names the join form's address field.
    'join.field.address.legend',
  ],
  news: ['news.', 'tag.', 'share.'],
  // The event page's price table is headed by the registration form's attendance legend.
  events: ['events.', 'event.', 'register.field.attendance.legend'],
  register: ['register.'],
  join: ['join.'],
  form: ['form.'],
  privacy: ['privacy.'],
  search: ['search.'],
  offline: ['offline.'],
  // The server's own form pages, and the "needs JavaScript" note of the app shell's HTML.
  node: ['server.', 'meta.'],
};

/** The area a message ID belongs to (its longest matching pattern), or undefined if none. */
export function areaOfMessage(id: string): MessageArea | undefined {
  let best: { area: MessageArea; length: number } | undefined;
  for (const area of MESSAGE_AREAS) {
    for (const pattern of AREA_MESSAGES[area]) {
      const matches = pattern.endsWith('.') ? id.startsWith(pattern) : id === pattern;
      if (matches && pattern.length > (best?.length ?? -1)) best = { area, length: pattern.length };
    }
  }
  return best?.area;
}

/**
 * The areas each page needs besides the shell: loaded with the page's code, before it renders
 * (and before a prerendered page hydrates). tests/message-areas.test.ts checks that they cover
 * every message the page's modules use.
 */
export const PAGE_AREAS: Record<PageName, readonly BrowserMessageArea[]> = {
  home: [],
  newsList: ['news'],
  newsPage: ['news'],
  newsArchive: ['news'],
  newsMonth: ['news'],
  newsArticle: ['news'],
  tag: ['news'],
  search: ['search'],
  notices: [],
  notice: [],
  background: [],
  topic: [],
  events: ['events'],
  event: ['events'],
  eventRegister: ['events', 'register', 'form'],
  eventRegisterCheckAnswers: ['events', 'register', 'form'],
  eventRegisterConfirmation: ['events', 'register', 'form'],
  join: ['join', 'form'],
  joinCheckAnswers: ['join', 'form'],
  joinConfirmation: ['join', 'form'],
  privacy: ['privacy'],
  offline: ['offline'],
};
