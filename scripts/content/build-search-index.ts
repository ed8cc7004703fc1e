import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import {
  searchIndexOptions,
  type SearchDocument,
} from '../../src/features/search/search-options.ts';
import type { SiteContent } from './site-content.ts';

/** Results show this much of a summary; the index stores no more. */
const SNIPPET_LENGTH = 240;

function snippet(text: string): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SNIPPET_LENGTH))}…`;
}

/**
 * Everything a visitor can search: news, notices, background topics and events. News is
 * searched by title, summary and topics, not the whole body, so the index stays small enough
 * to download at ten thousand articles (see npm run bench:search).
 */
export function searchDocuments(content: SiteContent): SearchDocument[] {
  const tagLabels = new Map(content.tags.map((tag) => [tag.slug, tag.label]));
  return [
    ...content.news.map((item) => ({
      id: `news/${item.slug}`,
      kind: 'News' as const,
      title: item.title,
      text: [item.summary, ...(item.tags ?? []).map((tag) => tagLabels.get(tag) ?? tag)].join('\n'),
      url: `/news/${item.slug}`,
      date: item.date,
      summary: snippet(item.summary),
    })),
    ...content.notices.map((notice) => ({
      id: `notices/${notice.slug}`,
      kind: 'Notice' as const,
      title: notice.title,
      text: [notice.summary, ...(notice.body ?? [])].join('\n'),
      url: `/notices/${notice.slug}`,
      date: notice.date,
      summary: notice.summary,
    })),
    ...content.topics.map((topic) => {
      const text = [topic.summary ?? '', ...(topic.points ?? [])].join('\n').trim();
      return {
        id: `background/${topic.slug}`,
        kind: 'Background' as const,
        title: topic.title,
        text,
        url: `/background/${topic.slug}`,
        summary: topic.summary ?? (topic.points ?? []).join('; '),
      };
    }),
    ...content.events.map((event) => {
      const venue = event.venue;
      const where = [venue.name, venue.streetAddress, venue.locality, venue.postalCode].join(', ');
      return {
        id: `events/${event.slug}`,
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

/** Builds the MiniSearch index once, at build time; the search page only loads it. */
export async function buildSearchIndex(contentDir: string, content: SiteContent) {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  const documents = searchDocuments(content);
  index.addAll(documents);
  await mkdir(join(contentDir, 'search'), { recursive: true });
  await writeFile(join(contentDir, 'search', 'index.json'), JSON.stringify(index));
  return { documents: documents.length };
}
