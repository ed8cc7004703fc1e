/**
 * npm run bench:search — the search index at 10, 1,000 and 10,000 synthetic articles: its size
 * (raw and gzip), the time to build and to load it, and milliseconds per query. Synthetic
 * articles live only in memory; the site's content is never touched.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import type { NewsItem } from '../src/features/news/news-schema.ts';
import { searchIndexOptions, type SearchDocument } from '../src/features/search/search-options.ts';
import { searchDocuments } from './content/build-search-index.ts';
import { loadContent } from './content/load-content.ts';

const SIZES = [10, 1_000, 10_000];
const QUERIES = [
  'vizcarra',
  'martin',
  'las bambas',
  'corupption',
  'mining protest',
  'xylophone',
  'per',
];
const RUNS = 20;

/** Deterministic pseudo-random numbers, so every run measures the same articles. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS =
  'Peru Lima Cusco mining community water conflict government congress reform election indigenous forest Amazon rights police protest corruption minister president dialogue consultation environment gold copper road strike agreement report inquiry court tribunal justice women health education poverty development investment oil gas Martín Vizcarra Kuczynski Las Bambas Madre de Dios Ayacucho Cajamarca Puno Arequipa'.split(
    ' ',
  );

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${picked.join(' ')}.`;
}

function syntheticNews(count: number): NewsItem[] {
  const next = random(count);
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2000, 0, 1) + index * 86_400_000 * 0.7);
    return {
      slug: `synthetic-${index}`,
      title: sentence(next, 8).slice(0, 70),
      date: day.toISOString().slice(0, 10),
      summary: Array.from({ length: 3 }, () => sentence(next, 20)).join(' '),
      body: Array.from({ length: 4 }, () =>
        Array.from({ length: 4 }, () => sentence(next, 18)).join(' '),
      ),
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const { content } = await loadContent(resolve('public/content'));
if (!content) throw new Error('The real content does not pass npm run content:check');

const rows: string[][] = [
  [
    'articles',
    'index KB',
    'gzip KB',
    'build ms',
    'load ms',
    'query ms (median)',
    'query ms (worst)',
  ],
];
for (const size of SIZES) {
  const documents: SearchDocument[] = searchDocuments({ ...content, news: syntheticNews(size) });
  let started = performance.now();
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index);

  started = performance.now();
  const loaded = MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
  const loadMs = performance.now() - started;

  const perQuery = QUERIES.map((query) => {
    const times = Array.from({ length: RUNS }, () => {
      const start = performance.now();
      loaded.search(query);
      return performance.now() - start;
    });
    return median(times);
  });
  rows.push([
    size.toLocaleString('en-GB'),
    (json.length / 1024).toFixed(0),
    (gzipSync(json).length / 1024).toFixed(0),
    buildMs.toFixed(0),
    loadMs.toFixed(0),
    median(perQuery).toFixed(2),
    Math.max(...perQuery).toFixed(2),
  ]);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
console.log(`\nQueries (${RUNS} runs each, median per query): ${QUERIES.join(', ')}`);
