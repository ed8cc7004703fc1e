/**
 * npm run content:check — validate every content file and name each problem's file and field.
 * npm run content:build — validate, then write the derived news pages and neighbours.
 * Both take an optional content folder (default public/content).
 */
import { resolve } from 'node:path';
import { buildCalendars } from './content/build-calendars.ts';
import { buildNewsIndex } from './content/build-news-index.ts';
import { buildSearchIndex } from './content/build-search-index.ts';
import { loadContent } from './content/load-content.ts';

const [command, dirArgument] = process.argv.slice(2);
if (command !== 'check' && command !== 'build') {
  console.error('Usage: tsx scripts/content.ts check|build [content-dir]');
  process.exit(2);
}
const contentDir = resolve(dirArgument ?? 'public/content');
const { content, problems } = await loadContent(contentDir);

if (!content) {
  console.error(`Content check failed: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem.file}: ${problem.message}`);
  process.exit(1);
}

const counts = `${content.news.length} news items, ${content.notices.length} notices, ${content.topics.length} topics, ${content.events.length} events`;
if (command === 'check') {
  console.log(`Content OK: ${counts}`);
} else {
  const built = await buildNewsIndex(contentDir, content.news);
  const search = await buildSearchIndex(contentDir, content);
  const calendars = await buildCalendars(contentDir, content.events);
  console.log(
    `Content OK: ${counts}; wrote ${built.pages} news page(s), ${built.months} archive month(s), ${built.tags} tag(s), a search index of ${search.documents} documents, ${calendars} calendar file(s)`,
  );
}
