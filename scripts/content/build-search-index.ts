import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type {
  SearchDocument,
  SearchManifest,
  TermFile,
} from '../../src/features/search/search-index-format.ts';
import {
  docFilePath,
  MANIFEST_FILE,
  SCORE_SCALE,
  termFilePath,
} from '../../src/features/search/search-index-layout.ts';
import { shardKey, termsOf } from '../../src/features/search/search-terms.ts';
import type { SiteContent } from './site-content.ts';

/** Results show this much of a summary; the index stores no more. */
const SNIPPET_LENGTH = 240;
/** Documents per file of the document store: a page of 20 results reads at most 20 small files. */
export const DOCS_PER_FILE = 10;

// BM25+ as MiniSearch computes it (its defaults), with titles counting three times.
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;
const FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'text', boost: 1 },
] as const;

/** A document to index: what a result shows, plus all of its words. */
export type IndexedDocument = SearchDocument & { text: string };

function snippet(text: string): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SNIPPET_LENGTH))}…`;
}

/**
 * Everything a visitor can search: news (title, summary, whole body and topics, newest first),
 * notices, background topics and events.
 */
export function searchDocuments(content: SiteContent): IndexedDocument[] {
  const tagLabels = new Map(content.tags.map((tag) => [tag.slug, tag.label]));
  const news = [...content.news].sort(
    (a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug),
  );
  return [
    ...news.map((item) => ({
      kind: 'News' as const,
      title: item.title,
      text: [
        item.summary,
        ...(item.body ?? []),
        ...(item.tags ?? []).map((tag) => tagLabels.get(tag) ?? tag),
      ].join('\n'),
      url: `/news/${item.slug}`,
      date: item.date,
      summary: snippet(item.summary),
    })),
    ...content.notices.map((notice) => ({
      kind: 'Notice' as const,
      title: notice.title,
      text: [notice.summary, ...(notice.body ?? [])].join('\n'),
      url: `/notices/${notice.slug}`,
      date: notice.date,
      summary: notice.summary,
    })),
    ...content.topics.map((topic) => ({
      kind: 'Background' as const,
      title: topic.title,
      text: [topic.summary ?? '', ...(topic.points ?? [])].join('\n').trim(),
      url: `/background/${topic.slug}`,
      summary: topic.summary ?? (topic.points ?? []).join('; '),
    })),
    ...content.events.map((event) => {
      const venue = event.venue;
      const where = [venue.name, venue.streetAddress, venue.locality, venue.postalCode].join(', ');
      return {
        kind: 'Event' as const,
        title: event.name,
        text: [event.theme ?? '', where, ...(event.notes ?? [])].join('\n'),
        url: `/events/${event.slug}`,
        date: event.start.slice(0, 10),
        summary: [event.theme, where].filter(Boolean).join('. '),
      };
    }),
  ];
}

type TermCounts = { docs: number[]; counts: number[][] };

/** The term files: every term's documents (in order) and its BM25+ score in each. */
function termFiles(documents: readonly IndexedDocument[]): Map<string, TermFile> {
  const terms = new Map<string, TermCounts>();
  const lengths = FIELDS.map(() => new Uint32Array(documents.length));
  // Documents are read in order, so each term's list of documents comes out sorted.
  documents.forEach((document, doc) => {
    FIELDS.forEach(({ name }, field) => {
      const words = termsOf(document[name]);
      lengths[field]![doc] = words.length;
      for (const term of words) {
        let counts = terms.get(term);
        if (!counts) terms.set(term, (counts = { docs: [], counts: FIELDS.map(() => []) }));
        if (counts.docs.at(-1) !== doc) {
          counts.docs.push(doc);
          for (const perField of counts.counts) perField.push(0);
        }
        counts.counts[field]![counts.docs.length - 1]!++;
      }
    });
  });
  const averages = lengths.map(
    (perDoc) => perDoc.reduce((sum, length) => sum + length, 0) / Math.max(1, perDoc.length),
  );

  const files = new Map<string, TermFile>();
  for (const term of [...terms.keys()].sort()) {
    const { docs, counts } = terms.get(term)!;
    const idf = counts.map((perDoc) => {
      const n = perDoc.filter((count) => count > 0).length;
      return Math.log(1 + (documents.length - n + 0.5) / (n + 0.5));
    });
    const gaps: number[] = [];
    const scores: number[] = [];
    docs.forEach((doc, position) => {
      let score = 0;
      FIELDS.forEach(({ boost }, field) => {
        const frequency = counts[field]![position]!;
        if (frequency === 0) return;
        const norm = 1 - B + (B * lengths[field]![doc]!) / (averages[field] || 1);
        score += boost * idf[field]! * (DELTA + (frequency * (K + 1)) / (frequency + K * norm));
      });
      gaps.push(doc - (docs[position - 1] ?? 0));
      const inTitle = counts[0]![position]! > 0 ? 1 : 0;
      scores.push(Math.round(score * SCORE_SCALE) * 2 + inTitle);
    });
    const key = shardKey(term);
    let file = files.get(key);
    if (!file) files.set(key, (file = {}));
    file[term] = [gaps, scores];
  }
  return files;
}

/** The index's files, by path under /content/search/, each as its JSON text. */
export function searchIndexFiles(documents: readonly IndexedDocument[]): Map<string, string> {
  const terms = termFiles(documents);
  const stored = documents.map(({ text: _text, ...document }) => document);
  const docFiles: string[] = [];
  for (let start = 0; start < stored.length; start += DOCS_PER_FILE) {
    docFiles.push(JSON.stringify(stored.slice(start, start + DOCS_PER_FILE)));
  }
  const termTexts = new Map([...terms].map(([key, file]) => [key, JSON.stringify(file)]));

  // The version is the content's hash: a tab open across a deploy never mixes two indexes.
  const hash = createHash('sha256');
  for (const text of [...termTexts.values(), ...docFiles]) hash.update(text);
  const version = hash.digest('hex').slice(0, 12);

  const manifest: SearchManifest = {
    version,
    documents: documents.length,
    docsPerFile: DOCS_PER_FILE,
    shards: [...terms.keys()],
  };
  return new Map([
    [MANIFEST_FILE, JSON.stringify(manifest)],
    ...[...termTexts].map(([key, text]) => [termFilePath(version, key), text] as const),
    ...docFiles.map((text, number) => [docFilePath(version, number), text] as const),
  ]);
}

/** Writes the search index into `dir`, replacing any earlier one. */
export async function writeSearchIndex(dir: string, documents: readonly IndexedDocument[]) {
  const files = searchIndexFiles(documents);
  await rm(dir, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((path) => dirname(join(dir, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const entries = [...files];
  // In batches: thousands of files at once would run out of file handles.
  for (let start = 0; start < entries.length; start += 256) {
    await Promise.all(
      entries.slice(start, start + 256).map(([path, text]) => writeFile(join(dir, path), text)),
    );
  }
  return files;
}

/** Builds the search index at build time into `<contentDir>/search/`. */
export async function buildSearchIndex(contentDir: string, content: SiteContent) {
  const documents = searchDocuments(content);
  await writeSearchIndex(join(contentDir, 'search'), documents);
  return { documents: documents.length };
}
