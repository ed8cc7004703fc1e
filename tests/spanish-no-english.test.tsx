import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../scripts/content/load-content.ts';
import { sitePages } from '../scripts/content/site-pages.ts';
import { renderPage } from '../src/app/render-page.tsx';
import { inLocale } from '../src/config/paths.ts';
import { readCatalog, SAME_IN_BOTH } from './support/catalog-check.ts';

const root = resolve(import.meta.dirname, '..');
const en = readCatalog(resolve(root, 'src/locales/en/messages.po'));
const es = readCatalog(resolve(root, 'src/locales/es/messages.po'));

/**
 * The English interface text that must never show on a Spanish page: every English message
 * that differs from its Spanish, cut at its placeholders and tags into the fixed pieces a page
 * would show, long enough to mean something ("Home", "Search the site", "There is a problem").
 */
const ENGLISH_PIECES = [
  ...new Set(
    Object.entries(en)
      .filter(([id, text]) => text !== es[id] && !SAME_IN_BOTH.has(text))
      .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\d+>/))
      .map((piece) => piece.trim())
      .filter((piece) => /[A-Za-z]{3}/.test(piece) && piece.length >= 4),
  ),
];

const ENGLISH_MESSAGES = new Set(
  Object.entries(en)
    .filter(([id, text]) => text !== es[id] && !SAME_IN_BOTH.has(text))
    .map(([, text]) => text),
);

/** The page's text a reader sees as the interface: everything not marked lang="en" (content). */
function interfaceText(html: string): string {
  const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of document.querySelectorAll('[lang="en"], [lang="en-GB"], script, style')) {
    node.remove();
  }
  const attributes = [
    ...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'),
  ].flatMap((node) =>
    ['aria-label', 'placeholder', 'title', 'alt'].map((a) => node.getAttribute(a) ?? ''),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

let pages: string[];

beforeAll(async () => {
  const { content } = await loadContent(resolve(root, 'public/content'));
  if (!content) throw new Error('content problems');
  pages = sitePages(content).map((path) => inLocale(path, 'es'));
});

describe('Spanish pages', () => {
  it('show no English interface text, on every page and the 404', async () => {
    expect(ENGLISH_PIECES).toContain('There is a problem');
    const found: string[] = [];
    for (const url of [...pages, '/es/no-such-page']) {
      const { head, body } = await renderPage(url, Date.now());
      const text = interfaceText(body);
      // The title names the content (English on a Spanish page) then the site: only an
      // interface message as a whole part of it counts ("Notices – Peru Support Group").
      const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
      for (const part of title.split(' – ')) {
        if (ENGLISH_MESSAGES.has(part)) found.push(`${url}: title "${part}"`);
      }
      for (const piece of ENGLISH_PIECES) {
        if (
          new RegExp(
            `(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`,
            'u',
          ).test(text)
        ) {
          found.push(`${url}: "${piece}"`);
        }
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});
