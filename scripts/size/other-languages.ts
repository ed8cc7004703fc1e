import { DEFAULT_LOCALE, LOCALES } from '../../src/config/locales.ts';
import { inLocale, PAGES } from '../../src/config/paths.ts';

/**
 * The pages check:size also loads in each other language (issue 13: the budget holds on
 * Spanish pages too): the home page, which shares the home budget, an article, both forms'
 * first steps and search. Each loads its own language's message areas, so its size differs
 * from the English page's.
 */
const TRANSLATED_ROUTES: readonly string[] = [
  PAGES.home,
  PAGES.newsArticle,
  PAGES.join,
  PAGES.eventRegister,
  PAGES.search,
];

/** The visits, then their twins in every other language, labelled `/es`, `/es/join`... */
export function withOtherLanguages(
  visits: readonly { route: string; path: string }[],
): { route: string; path: string }[] {
  const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) =>
    visits
      .filter((visit) => TRANSLATED_ROUTES.includes(visit.route))
      .map((visit) => ({
        route: inLocale(visit.route, locale),
        path: inLocale(visit.path, locale),
      })),
  );
  return [...visits, ...others];
}
