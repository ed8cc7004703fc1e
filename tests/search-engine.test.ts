// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type IndexedDocument, searchIndexFiles } from '../scripts/content/build-search-index.ts';
import {
  createSearchEngine,
  MAX_WORDS,
  RESULTS_PER_PAGE,
  type ReadSearchFile,
} from '../src/features/search/search-engine.ts';
import { shardKey } from '../src/features/search/search-terms.ts';

function doc(title: string, text = '', extra: Partial<IndexedDocument> = {}): IndexedDocument {
  return { kind: 'News', title, text, summary: text.slice(0, 80), url: `/news/${title}`, ...extra };
}

/** An engine over an index built in memory, recording which files it reads. */
function engineFor(documents: IndexedDocument[]) {
  const files = searchIndexFiles(documents);
  const reads: string[] = [];
  let failNext = false;
  const read: ReadSearchFile = async (path, loadSchema) => {
    reads.push(path);
    if (failNext) {
      failNext = false;
      throw new Error('network down');
    }
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return (await loadSchema()).parse(JSON.parse(text));
  };
  return {
    engine: createSearchEngine(read),
    reads,
    files,
    failNextRead: () => (failNext = true),
  };
}

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url);

describe('the search engine over the split index', () => {
  it('ignores accents and case both ways, and reports the matched term for marking', async () => {
    const { engine } = engineFor([
      doc('Martín Vizcarra visits Cusco'),
      doc('Peru news', 'The congress of PERÚ met.'),
    ]);
    const martin = await engine.search('MARTIN');
    expect(urls(martin.hits)).toEqual(['/news/Martín Vizcarra visits Cusco']);
    expect(martin.hits[0]!.terms).toEqual(['martin']);
    expect(urls((await engine.search('perú')).hits)).toEqual(['/news/Peru news']);
  });

  it('finds words anywhere in the whole text, not only the title', async () => {
    const { engine } = engineFor([doc('Annual meeting', 'Speakers on mining concessions.')]);
    expect((await engine.search('concessions')).total).toBe(1);
  });

  it('matches the start of a word from two letters, and a whole one-letter word only', async () => {
    const { engine } = engineFor([doc('Las Bambas mine', 'Plan B was agreed.'), doc('Budget')]);
    expect((await engine.search('bamb')).total).toBe(1);
    expect((await engine.search('bu')).total).toBe(1);
    expect((await engine.search('b')).total).toBe(1);
    expect((await engine.search('m')).total).toBe(0);
    // A letter being typed after a word does not empty the results.
    expect((await engine.search('las b')).total).toBe(1);
  });

  it('forgives small typos in longer words', async () => {
    const { engine } = engineFor([doc('Kuczynski vows to fight corruption')]);
    expect((await engine.search('corupption')).total).toBe(1);
    expect((await engine.search('vows')).total).toBe(1);
    expect((await engine.search('vowz')).total).toBe(0);
  });

  it('needs every word', async () => {
    const { engine } = engineFor([doc('Mining protest in Puno', 'A march.'), doc('Protest only')]);
    expect(urls((await engine.search('mining protest')).hits)).toEqual([
      '/news/Mining protest in Puno',
    ]);
  });

  it('ranks every title match first, however much the text says the word', async () => {
    const filler = 'one two three four five six seven eight nine ten';
    const longTitle = `A long title about ${filler} ${filler} ${filler} and then mining`;
    const { engine } = engineFor([
      doc('Water report', Array(30).fill('mining').join(' ')),
      doc(longTitle, filler),
      ...Array.from({ length: 20 }, (_, n) => doc(`Item ${n}`, `${filler} ${filler}`)),
    ]);
    expect(urls((await engine.search('mining')).hits)).toEqual([
      `/news/${longTitle}`,
      '/news/Water report',
    ]);
  });

  it('ranks an exact word before words it only starts', async () => {
    const { engine } = engineFor([doc('Perujo', 'text'), doc('Peru', 'text')]);
    expect(urls((await engine.search('peru')).hits)).toEqual(['/news/Peru', '/news/Perujo']);
  });

  it('reads the manifest, the term file of each word and the document files it shows', async () => {
    const documents = Array.from({ length: 30 }, (_, n) => doc(`item ${n}`, `word${n} common`));
    documents.push(doc('Zebra crossing'));
    const { engine, reads } = engineFor(documents);
    const results = await engine.search('zebra');
    expect(results.total).toBe(1);
    expect(reads).toHaveLength(3);
    expect(reads[0]).toBe('manifest.json');
    expect(reads[1]).toMatch(/\/terms\/ze\.json$/);
    expect(reads[2]).toMatch(/\/docs\/3\.json$/);
    // Read once: the next keystrokes reuse the files.
    await engine.search('zebr');
    expect(reads).toHaveLength(3);
    // A word whose term file does not exist asks for nothing (no 404 in the console).
    expect((await engine.search('xylophone')).total).toBe(0);
    expect(reads).toHaveLength(3);
  });

  it('retries a file whose read failed', async () => {
    const { engine, reads, failNextRead } = engineFor([doc('Glacier loss')]);
    failNextRead();
    await expect(engine.search('glacier')).rejects.toThrow('network down');
    expect((await engine.search('glacier')).total).toBe(1);
    expect(reads.filter((path) => path === 'manifest.json')).toHaveLength(2);
  });

  it('rejects a damaged file with the schema’s message', async () => {
    const { files } = engineFor([doc('Glacier loss')]);
    const version = (JSON.parse(files.get('manifest.json')!) as { version: string }).version;
    const engine = createSearchEngine(async (path, loadSchema) => {
      const text = path.endsWith(`${shardKey('glacier')}.json`)
        ? '{"glacier":[[0],["x"]]}'
        : files.get(path)!;
      return (await loadSchema()).parse(JSON.parse(text));
    });
    expect(version).toMatch(/^[a-z0-9]+$/);
    await expect(engine.search('glacier')).rejects.toThrow(/whole numbers/);
  });

  it('pages the results, a page past the end showing the last', async () => {
    const count = RESULTS_PER_PAGE * 2 + 5;
    const { engine } = engineFor(Array.from({ length: count }, (_, n) => doc(`Peru ${n}`)));
    const first = await engine.search('peru');
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 3 });
    expect(first.hits).toHaveLength(RESULTS_PER_PAGE);
    const last = await engine.search('peru', 99);
    expect(last.page).toBe(3);
    expect(last.hits).toHaveLength(5);
    const all = [...first.hits, ...(await engine.search('peru', 2)).hits, ...last.hits];
    expect(new Set(urls(all)).size).toBe(count);
  });

  it('pages far into many results, each result shown once, title matches first', async () => {
    const count = 230;
    const { engine } = engineFor(
      Array.from({ length: count }, (_, n) =>
        n % 7 === 0 ? doc(`Glacier ${n}`) : doc(`Item ${n}`, `glacier ${'ice '.repeat(n % 5)}`),
      ),
    );
    const pages = [];
    for (let page = 1; page <= Math.ceil(count / RESULTS_PER_PAGE); page++) {
      pages.push(...(await engine.search('glacier', page)).hits);
    }
    expect(new Set(urls(pages)).size).toBe(count);
    const titled = pages.map((hit) => hit.title.startsWith('Glacier'));
    expect(titled.indexOf(false)).toBe(Math.ceil(count / 7));
    expect(titled.lastIndexOf(true)).toBe(Math.ceil(count / 7) - 1);
  });

  it('searches at most MAX_WORDS different words and says when it left some out', async () => {
    const words = Array.from({ length: MAX_WORDS + 2 }, (_, n) => `w${n}x`);
    const { engine } = engineFor([doc('All', words.join(' '))]);
    const results = await engine.search(words.join(' '));
    expect(results.wordsLeftOut).toBe(true);
    expect(results.total).toBe(1);
    expect((await engine.search(words.slice(0, 3).join(' '))).wordsLeftOut).toBe(false);
  });

  it('treats punctuation and regular-expression characters as spaces', async () => {
    const { engine } = engineFor([doc('Opposition to TPP')]);
    expect((await engine.search('(.*)[+?] \\')).total).toBe(0);
    expect((await engine.search('tpp!!')).total).toBe(1);
  });
});
