import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { reservedParams } from '../../src/config/paths.ts';
import { eventsFileSchema } from '../../src/features/events/event-schema.ts';
import { membershipConfigSchema } from '../../src/features/membership/membership-schema.ts';
import {
  newsItemSchema,
  tagsFileSchema,
  type NewsItem,
} from '../../src/features/news/news-schema.ts';
import { noticesFileSchema } from '../../src/features/notices/notice-schema.ts';
import { privacyConfigSchema } from '../../src/features/privacy/privacy-schema.ts';
import { topicsFileSchema } from '../../src/features/topics/topic-schema.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';
import type { SiteContent } from './site-content.ts';
import { sitePages } from './site-pages.ts';

/** Addresses no news slug may take, because a page with a fixed address has them. */
export const RESERVED_NEWS_SLUGS = reservedParams('newsArticle');

export type ContentProblem = { file: string; message: string };

type Loaded =
  { content: SiteContent; problems: [] } | { content: null; problems: ContentProblem[] };

/**
 * Reads and validates every editor-written file under `contentDir` (public/content), collecting
 * every problem rather than stopping at the first, each named by file and field.
 */
export async function loadContent(contentDir: string): Promise<Loaded> {
  const problems: ContentProblem[] = [];
  const name = (file: string) => relative(process.cwd(), file) || file;

  async function read<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      problems.push({ file: name(file), message: 'file is missing or unreadable' });
      return undefined;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problems.push({ file: name(file), message: `not valid JSON (${(error as Error).message})` });
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const message of describeIssues(result.error))
        problems.push({ file: name(file), message });
      return undefined;
    }
    return result.data;
  }

  const itemsDir = join(contentDir, 'news', 'items');
  const itemFiles = (await readdir(itemsDir).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json'))
    .sort();
  // Read many files at once (an archive may hold thousands); keep file order for the results.
  const items = new Array<NewsItem | undefined>(itemFiles.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < itemFiles.length) {
        const index = next++;
        items[index] = await read(join(itemsDir, itemFiles[index]!), newsItemSchema);
      }
    }),
  );
  const news: NewsItem[] = [];
  items.forEach((item, index) => {
    if (!item) return;
    const fileName = itemFiles[index]!;
    const file = join(itemsDir, fileName);
    if (RESERVED_NEWS_SLUGS.includes(item.slug)) {
      problems.push({
        file: name(file),
        message: `slug: "${item.slug}" is the address of another page`,
      });
      return;
    }
    // The file name is the URL, so the two must agree.
    if (`${item.slug}.json` !== fileName) {
      problems.push({
        file: name(file),
        message: `slug: "${item.slug}" does not match the file name`,
      });
      return;
    }
    news.push(item);
  });

  const notices = await read(join(contentDir, 'notices.json'), noticesFileSchema);
  const topics = await read(join(contentDir, 'topics.json'), topicsFileSchema);
  const events = await read(join(contentDir, 'events.json'), eventsFileSchema);
  const membership = await read(join(contentDir, 'membership.json'), membershipConfigSchema);
  const tags = await read(join(contentDir, 'tags.json'), tagsFileSchema);
  // Read by the privacy page and the server; checked here so a bad edit fails the build.
  const privacy = await read(join(contentDir, 'privacy.json'), privacyConfigSchema);

  if (tags) {
    const known = new Set(tags.tags.map((tag) => tag.slug));
    for (const item of news) {
      item.tags?.forEach((tag, index) => {
        if (!known.has(tag)) {
          problems.push({
            file: name(join(itemsDir, `${item.slug}.json`)),
            message: `tags.${index}: "${tag}" is not in tags.json`,
          });
        }
      });
    }
  }

  if (membership?.fees) {
    const typeIds = new Set(membership.types.map((type) => type.id));
    for (const key of Object.keys(membership.fees)) {
      if (!typeIds.has(key)) {
        problems.push({
          file: name(join(contentDir, 'membership.json')),
          message: `fees.${key}: no membership type has the id "${key}"`,
        });
      }
    }
  }

  if (problems.length > 0 || !notices || !topics || !events || !membership || !tags || !privacy) {
    // Files are read in parallel: list their problems in file order, whatever finished first.
    problems.sort((a, b) => a.file.localeCompare(b.file));
    return { content: null, problems };
  }
  const content: SiteContent = {
    news,
    notices: notices.notices,
    topics: topics.topics,
    events: events.events,
    membership,
    tags: tags.tags,
  };
  const linkProblems = checkLinks(content, contentDir);
  if (linkProblems.length > 0) return { content: null, problems: linkProblems };
  return { content, problems: [] };
}

/** Every link written in content must lead to a page of the site (one the build prerenders). */
function checkLinks(content: SiteContent, contentDir: string): ContentProblem[] {
  const pages = new Set(sitePages(content));

  const problems: ContentProblem[] = [];
  const check = (file: string, where: string, links: { to: string }[] | undefined) => {
    links?.forEach((link, index) => {
      if (!pages.has(link.to)) {
        problems.push({ file, message: `${where}links.${index}.to: no page at ${link.to}` });
      }
    });
  };
  const rel = (file: string) => relative(process.cwd(), join(contentDir, file));
  for (const item of content.news) check(rel(`news/items/${item.slug}.json`), '', item.links);
  content.notices.forEach((notice, i) => check(rel('notices.json'), `notices.${i}.`, notice.links));
  content.topics.forEach((topic, i) => check(rel('topics.json'), `topics.${i}.`, topic.links));
  return problems;
}
