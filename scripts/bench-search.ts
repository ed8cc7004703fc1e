/**
 * npm run bench:search — search at 10, 1,000 and 10,000 synthetic articles, before (one MiniSearch
 * index of titles and summaries, downloaded whole) and after (the index split by term, bodies
 * included), side by side in one run:
 *
 * - first query: the gzip bytes of the index files one search reads, from a cold start, for the
 *   first page of results (median and worst over the queries below);
 * - index: all of the index's files (raw and gzip) and how many there are, and build time;
 * - keystroke: the time to answer each prefix of each query as it is typed into a fresh engine,
 *   files read from memory (parsing and checking them included, network not): the median of
 *   RUNS typings per keystroke, then the median and the worst keystroke;
 * - query: the time to answer a whole query again once its files are loaded.
 *
 * Synthetic articles (scripts/bench/make-content.ts) live only in memory; site content is never
 * touched. Code is not counted: the search page's JavaScript is the same at every size (the
 * README gives it from a build).
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch, { type Options } from 'minisearch';
import { createSearchEngine, type ReadSearchFile } from '../src/features/search/search-engine.ts';
import { foldTerm } from '../src/features/search/search-terms.ts';
import { syntheticNewsItems } from './bench/make-content.ts';
import { formatTable } from './size/table.ts';
import { searchDocuments, searchIndexFiles } from './content/build-search-index.ts';
import { loadContent } from './content/load-content.ts';

const SIZES = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '10,1000,10000')
  .split(',')
  .map(Number);
const QUERIES = [
  'peru',
  'martin',
  'las bambas',
  'corupption',
  'mining protest',
  'glacier cordillera blanca',
  'xylophone',
  'the',
];
const RUNS = 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
const kb = (count: number) => (count / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(2);

/** The index as the site had it before: titles, summaries and topics, in one MiniSearch file. */
function before(documents: ReturnType<typeof searchDocuments>) {
  const options: Options = {
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'url', 'date', 'summary'],
    processTerm: (term: string) => foldTerm(term) || null,
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  };
  const index = new MiniSearch(options);
  index.addAll(
    documents.map((document, id) => ({
      ...document,
      id,
      // Before, news was indexed by its summary and topics only.
      text: document.kind === 'News' ? document.summary : document.text,
    })),
  );
  const json = JSON.stringify(index);
  const gzip = gzipSync(json).length;
  const loaded = MiniSearch.loadJSON(json, options);
  const times = QUERIES.flatMap((query) =>
    Array.from({ length: RUNS }, () => {
      const start = performance.now();
      loaded.search(query);
      return performance.now() - start;
    }),
  );
  return { raw: json.length, gzip, median: median(times), worst: Math.max(...times) };
}

function after(documents: ReturnType<typeof searchDocuments>) {
  const started = performance.now();
  const files = searchIndexFiles(documents);
  const buildMs = performance.now() - started;
  const gzip = new Map([...files].map(([path, text]) => [path, gzipSync(text).length]));

  /** A fresh engine reading from memory, counting the gzip bytes of each file it reads. */
  function engine() {
    const read = { bytes: 0 };
    const readFile: ReadSearchFile = async (path, loadSchema) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`No search file ${path}`);
      read.bytes += gzip.get(path)!;
      return (await loadSchema()).parse(JSON.parse(text));
    };
    return { search: createSearchEngine(readFile), read };
  }
  return { files, gzip, buildMs, engine };
}

async function measureAfter(built: ReturnType<typeof after>) {
  const firstQuery: number[] = [];
  const keystrokes: number[] = [];
  const queries: number[] = [];
  for (const query of QUERIES) {
    const cold = built.engine();
    await cold.search.search(query);
    firstQuery.push(cold.read.bytes);

    // Typed RUNS times, each time into a fresh engine (nothing loaded): each keystroke's time is
    // the median of its runs, so one garbage collection or a busy machine does not decide it.
    const perKeystroke: number[][] = Array.from({ length: query.length }, () => []);
    let typing = built.engine().search;
    for (let run = 0; run < RUNS; run++) {
      typing = built.engine().search;
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now();
        await typing.search(query.slice(0, length));
        perKeystroke[length - 1]!.push(performance.now() - start);
      }
    }
    keystrokes.push(...perKeystroke.map(median));
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await typing.search(query);
      queries.push(performance.now() - start);
    }
  }
  return { firstQuery, keystrokes, queries };
}

const { content } = await loadContent(resolve('public/content'));
if (!content) throw new Error('The real content does not pass npm run content:check');

const sizeRows: (string | number)[][] = [];
const timeRows: (string | number)[][] = [];
for (const size of SIZES) {
  const documents = searchDocuments({ ...content, news: syntheticNewsItems(size) });
  const old = before(documents);
  const built = after(documents);
  const measured = await measureAfter(built);
  const rawTotal = [...built.files.values()].reduce((sum, text) => sum + text.length, 0);
  const gzipTotal = [...built.gzip.values()].reduce((sum, bytes) => sum + bytes, 0);
  const label = size.toLocaleString('en-GB');
  sizeRows.push([
    label,
    kb(old.gzip),
    kb(median(measured.firstQuery)),
    kb(Math.max(...measured.firstQuery)),
    (old.gzip / Math.max(...measured.firstQuery)).toFixed(1),
    `${kb(old.raw)} / ${kb(old.gzip)}`,
    `${kb(rawTotal)} / ${kb(gzipTotal)}`,
    built.files.size,
    built.buildMs.toFixed(0),
  ]);
  timeRows.push([
    label,
    ms(old.median),
    ms(old.worst),
    ms(median(measured.keystrokes)),
    ms(Math.max(...measured.keystrokes)),
    ms(median(measured.queries)),
    ms(Math.max(...measured.queries)),
  ]);
}

console.log('Bytes (KB; before = whole MiniSearch index, after = files one search reads)\n');
console.log(
  formatTable(
    [
      'articles',
      'first query before',
      'after median',
      'after worst',
      'ratio (worst)',
      'index before raw/gzip',
      'index after raw/gzip',
      'files after',
      'build ms',
    ],
    sizeRows,
  ),
);
console.log('\nTime (ms)\n');
console.log(
  formatTable(
    [
      'articles',
      'query before median',
      'before worst',
      'keystroke after median',
      'worst keystroke',
      'query after median',
      'query worst',
    ],
    timeRows,
  ),
);
console.log(`\nQueries: ${QUERIES.map((query) => `"${query}"`).join(', ')}; ${RUNS} runs each.`);
