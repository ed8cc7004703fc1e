import SearchableMap from 'minisearch/SearchableMap';
import type { ZodType } from 'zod';
import type { SearchDocument, SearchManifest, TermFile } from './search-index-format.ts';
import { docFilePath, MANIFEST_FILE, SCORE_SCALE, termFilePath } from './search-index-layout.ts';
import { shardKey, termsOf } from './search-terms.ts';

/**
 * Reads one file of the search index (a path under /content/search/) and checks it with the
 * schema: by fetch in the browser, from disk on the server. The schema comes from a dynamic
 * import, so zod loads with the first file, never on a page's first paint.
 */
export type ReadSearchFile = <T>(path: string, loadSchema: () => Promise<ZodType<T>>) => Promise<T>;

export const RESULTS_PER_PAGE = 20;
/** More distinct words than this in one query are left out (and the page says so). */
export const MAX_WORDS = 10;

// How much a word counts when it only starts a term, or is a near miss of one: MiniSearch's
// defaults, so results rank as they did before the index was split.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Edit distance allowed per character of a word: 1 typo from 5 characters, 2 from 10. */
const FUZZY_RATIO = 0.2;

export type SearchHit = SearchDocument & {
  /** The index terms this document matched, for marking them in its title and summary. */
  terms: string[];
};

export type SearchResults = {
  /** How many documents match every word. */
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  /** True when the query had more than MAX_WORDS distinct words and the rest were left out. */
  wordsLeftOut: boolean;
};

type Posting = readonly [gaps: number[], scores: number[]];
type Candidate = { term: string; weight: number; docs: Int32Array; scores: number[] };

/** Document numbers from their gaps, worked out once per term: each keystroke reuses them. */
const decoded = new WeakMap<Posting, Int32Array>();

function decode(posting: Posting, term: string, weight: number): Candidate {
  const [gaps, scores] = posting;
  let docs = decoded.get(posting);
  if (!docs) {
    docs = new Int32Array(gaps.length);
    let doc = 0;
    for (let i = 0; i < gaps.length; i++) docs[i] = doc += gaps[i]!;
    decoded.set(posting, docs);
  }
  return { term, weight, docs, scores };
}

/** The index terms a query word stands for: itself, the terms it starts, and near misses. */
function candidatesFor(word: string, terms: SearchableMap<Posting>): Candidate[] {
  const weights = new Map<string, number>();
  const offer = (term: string, weight: number) =>
    weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  if (terms.has(word)) offer(word, 1);
  // One letter would match a good part of the archive; prefixes start at two.
  if (word.length >= 2) {
    for (const term of terms.atPrefix(word).keys()) {
      const extra = term.length - word.length;
      if (extra > 0) offer(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra));
    }
  }
  const maxDistance = Math.floor(word.length * FUZZY_RATIO);
  if (maxDistance > 0) {
    for (const [term, [, distance]] of terms.fuzzyGet(word, maxDistance)) {
      if (distance > 0) offer(term, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
  }
  return Array.from(weights, ([term, weight]) => decode(terms.get(term)!, term, weight));
}

function contains(docs: Int32Array, doc: number): boolean {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle]!;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Above this many results to order, a full sort beats keeping a sorted best-so-far list. */
const SELECT_LIMIT = 200;

/**
 * Scores the documents that match every word. Ordering: those with every word in the title
 * first, then by relevance (BM25+, computed at build time), then in index order (newest news
 * first). Only the best `wanted` are put in order: sorting all of ten thousand matches to show
 * twenty would cost more than the rest of a keystroke.
 */
function rank(words: Candidate[][], documents: number) {
  const score = new Float64Array(documents);
  const matchedWords = new Uint8Array(documents);
  const titleWords = new Uint8Array(documents);
  // The word each document last counted for, so several terms of one word count it once.
  const lastWord = new Int32Array(documents).fill(-1);
  const lastTitleWord = new Int32Array(documents).fill(-1);
  for (let word = 0; word < words.length; word++) {
    for (const { docs, scores, weight } of words[word]!) {
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (doc >= documents) continue;
        const stored = scores[i]!;
        score[doc] = score[doc]! + (weight * (stored >> 1)) / SCORE_SCALE;
        if (lastWord[doc] !== word) {
          lastWord[doc] = word;
          matchedWords[doc]!++;
        }
        if (stored & 1 && lastTitleWord[doc] !== word) {
          lastTitleWord[doc] = word;
          titleWords[doc]!++;
        }
      }
    }
  }
  const matched: number[] = [];
  for (let doc = 0; doc < documents; doc++) {
    if (matchedWords[doc] === words.length) matched.push(doc);
  }
  // a before b: more title words, then a higher score, then a lower number.
  const before = (a: number, b: number) =>
    titleWords[b]! - titleWords[a]! || score[b]! - score[a]! || a - b;

  return {
    total: matched.length,
    /** The best `wanted` matches, best first. */
    best(wanted: number): number[] {
      if (wanted > SELECT_LIMIT) return matched.sort(before).slice(0, wanted);
      const best: number[] = [];
      for (const doc of matched) {
        if (best.length === wanted && before(doc, best.at(-1)!) >= 0) continue;
        let at = best.length;
        while (at > 0 && before(doc, best[at - 1]!) < 0) at--;
        best.splice(at, 0, doc);
        if (best.length > wanted) best.pop();
      }
      return best;
    },
  };
}

/**
 * Search over the split index, the same in the browser and on the server: only `read` differs.
 * Files are read once and kept (a file of one version never changes); a failed read is
 * forgotten, so the next search tries again.
 */
export function createSearchEngine(read: ReadSearchFile) {
  const files = new Map<string, Promise<unknown>>();
  function once<T>(path: string, load: () => Promise<T>): Promise<T> {
    let file = files.get(path) as Promise<T> | undefined;
    if (!file) {
      file = load();
      files.set(path, file);
      file.catch(() => files.delete(path));
    }
    return file;
  }

  const manifest = () =>
    once(MANIFEST_FILE, () =>
      read(MANIFEST_FILE, async () => (await import('./search-index-format.ts')).manifestSchema),
    );

  function termFile({ version }: SearchManifest, key: string) {
    const path = termFilePath(version, key);
    return once(path, async () => {
      const file: TermFile = await read(
        path,
        async () => (await import('./search-index-format.ts')).termFileSchema,
      );
      return SearchableMap.fromObject<Posting>(file);
    });
  }

  function docFile({ version }: SearchManifest, number: number) {
    const path = docFilePath(version, number);
    return once(path, () =>
      read(path, async () => (await import('./search-index-format.ts')).docFileSchema),
    );
  }

  /** The query's distinct words, at most MAX_WORDS of them, with their index terms. */
  async function candidates(index: SearchManifest, query: string) {
    const all = [...new Set(termsOf(query))];
    // A single letter beside longer words is usually the start of the next word being typed:
    // searched for on its own it would match nothing (only whole one-letter terms are kept).
    const longer = all.filter((word) => word.length > 1);
    const distinct = longer.length > 0 ? longer : all;
    const shards = new Set(index.shards);
    const words = await Promise.all(
      distinct.slice(0, MAX_WORDS).map(async (word) => {
        const key = shardKey(word);
        return shards.has(key) ? candidatesFor(word, await termFile(index, key)) : [];
      }),
    );
    return { words, wordsLeftOut: distinct.length > MAX_WORDS };
  }

  return {
    /** One page of results (1-based; a page past the end gives the last one). */
    async search(query: string, page = 1): Promise<SearchResults> {
      const index = await manifest();
      const { words, wordsLeftOut } = await candidates(index, query);
      const ranked = words.length === 0 ? null : rank(words, index.documents);
      const total = ranked?.total ?? 0;
      const pageCount = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
      const shown = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
      const onPage = (ranked?.best(shown * RESULTS_PER_PAGE) ?? []).slice(
        (shown - 1) * RESULTS_PER_PAGE,
      );
      const hits = await Promise.all(
        onPage.map(async (doc) => {
          const documents = await docFile(index, Math.floor(doc / index.docsPerFile));
          const document = documents[doc % index.docsPerFile];
          if (!document) throw new Error(`The search index has no document ${doc}`);
          const terms = words.flatMap((candidates) =>
            candidates.filter(({ docs }) => contains(docs, doc)).map(({ term }) => term),
          );
          return { ...document, terms };
        }),
      );
      return { total, page: shown, pageCount, hits, wordsLeftOut };
    },
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
