// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogProblems, readCatalog, sourceFiles } from './support/catalog-check.ts';

const root = resolve(import.meta.dirname, '..');
const catalogs = {
  en: readCatalog(resolve(root, 'src/locales/en/messages.po')),
  es: readCatalog(resolve(root, 'src/locales/es/messages.po')),
};

describe('the message catalogs', () => {
  it('have every ID the code uses, nothing unused, and all of it in Spanish', () => {
    expect(catalogProblems(catalogs, sourceFiles(root, ['src', 'server']))).toEqual([]);
    expect(Object.keys(catalogs.en).length).toBeGreaterThan(100);
  });

  describe('the check itself', () => {
    const en = { 'nav.home': 'Home', 'nav.news': 'News', 'meta.org': 'PSG' };
    const es = { 'nav.home': 'Inicio', 'nav.news': 'Noticias', 'meta.org': 'PSG' };
    const source = { 'a.tsx': "_('nav.home'); const x = \"nav.news\"; `meta.org`; 'index.html';" };

    it('passes catalogs that match the code', () => {
      expect(catalogProblems({ en, es }, source)).toEqual([]);
    });

    it('fails on an ID the code uses that a catalog lacks', () => {
      const code = { 'b.tsx': `${source['a.tsx']} _('nav.join');` };
      expect(catalogProblems({ en, es }, code)).toEqual([
        'nav.join (used in b.tsx) is missing from en',
        'nav.join (used in b.tsx) is missing from es',
      ]);
      expect(catalogProblems({ en, es: { ...es, 'nav.join': 'Afiliarse' } }, code)).toEqual([
        'nav.join (used in b.tsx) is missing from en',
      ]);
    });

    it('fails on a message nothing uses', () => {
      const extra = { en: { ...en, 'nav.old': 'Old' }, es: { ...es, 'nav.old': 'Viejo' } };
      expect(catalogProblems(extra, source)).toEqual([
        'nav.old is in the catalogs but nothing uses it',
      ]);
    });

    it('fails on a message empty or left in English in es, and on placeholders that differ', () => {
      expect(catalogProblems({ en, es: { ...es, 'nav.news': '' } }, source)).toEqual([
        'nav.news is empty in es',
      ]);
      expect(catalogProblems({ en, es: { ...es, 'nav.news': 'News' } }, source)).toEqual([
        'nav.news is not translated in es (the same as en: "News")',
      ]);
      expect(
        catalogProblems(
          {
            en: { ...en, 'nav.home': 'Home {name}' },
            es: { ...es, 'nav.home': 'Inicio {nombre}' },
          },
          source,
        ),
      ).toEqual(['nav.home has placeholders {name} in en but {nombre} in es']);
    });
  });
});
