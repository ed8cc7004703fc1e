// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  inLocale,
  localePrefix,
  PAGE_NAMES,
  PAGES,
  pageOf,
  paths,
  pathTo,
  withoutLocale,
} from '../src/config/paths.ts';

describe('addresses in each language', () => {
  it('puts Spanish pages under /es and leaves English ones where they were', () => {
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('es')).toBe('/es');
    expect(paths.home()).toBe('/');
    expect(paths.home({ locale: 'es' })).toBe('/es');
    expect(paths.newsArticle('a-b', { locale: 'es' })).toBe('/es/news/a-b');
    expect(paths.newsArticle('a-b', { locale: 'en' })).toBe('/news/a-b');
    expect(paths.eventRegister('conf', { locale: 'es' })).toBe('/es/events/conf/register');
    expect(paths.newsPage(2, { locale: 'es' })).toBe('/es/news/page/2');
    expect(paths.newsMonth(2016, 3, { locale: 'es' })).toBe('/es/news/archive/2016/03');
    expect(paths.search('Las Bambas', { locale: 'es' })).toBe('/es/search?q=Las+Bambas');
  });

  it('knows the page of an address in either language', () => {
    for (const name of PAGE_NAMES) {
      const args = (PAGES[name].match(/:\w+/g) ?? []).map((_, i) => `value-${i}`);
      expect(pageOf(pathTo(name, args, { locale: 'es' })), name).toBe(name);
    }
    expect(pageOf('/es/')).toBe('home');
    expect(pageOf('/es/join/check-answers')).toBe('joinCheckAnswers');
    expect(pageOf('/es/es')).toBeNull();
    expect(pageOf('/espana')).toBeNull();
  });

  it('moves an address between languages, keeping its query', () => {
    expect(withoutLocale('/es')).toBe('/');
    expect(withoutLocale('/es/')).toBe('/');
    expect(withoutLocale('/es?q=x')).toBe('/?q=x');
    expect(withoutLocale('/es/news/a')).toBe('/news/a');
    expect(withoutLocale('/news/a')).toBe('/news/a');
    expect(inLocale('/', 'es')).toBe('/es');
    expect(inLocale('/search?q=ley', 'es')).toBe('/es/search?q=ley');
    expect(inLocale('/es/search?q=ley', 'en')).toBe('/search?q=ley');
    expect(inLocale('/es', 'en')).toBe('/');
    expect(inLocale('/es/news', 'es')).toBe('/es/news');
    expect(inLocale('/?q=1', 'es')).toBe('/es?q=1');
  });
});
