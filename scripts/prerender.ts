/**
 * npm run build, last step: renders every page of the site to static HTML in Node, with the data
 * each page needs handed over as JSON, so the first paint needs no JavaScript and the browser
 * hydrates without fetching again. Also writes 404.html and app.html (the bare app shell).
 *
 * Usage: tsx scripts/prerender.ts [dist-dir]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { HANDOFF_ID, serialiseHandoff } from '../src/app/handoff.ts';
import { renderPage } from '../src/app/render-page.tsx';
import { currentMinute } from '../src/lib/use-now.ts';
import { loadContent } from './content/load-content.ts';
import { serveContentFromDisk } from './content/serve-content-from-disk.ts';
import { sitePages } from './content/site-pages.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const started = performance.now();

/** Every address the site has, from its content. */
async function listPages(): Promise<string[]> {
  const { content, problems } = await loadContent(join(distDir, 'content'));
  if (!content) {
    throw new Error(
      `Content problems:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`,
    );
  }
  return sitePages(content);
}

function fileFor(url: string): string {
  return url === '/' ? join(distDir, 'index.html') : join(distDir, url, 'index.html');
}

// After a first run index.html is the home page; app.html keeps the template, so a second run
// (say, after a content change) starts from it again.
const templateFile = existsSync(join(distDir, 'app.html')) ? 'app.html' : 'index.html';
const template = await readFile(join(distDir, templateFile), 'utf8');
if (!template.includes('<div id="root"></div>')) {
  throw new Error(`${distDir}/${templateFile} is not the app template`);
}

function fillTemplate(head: string, body: string, data: string): string {
  return template
    .replace('</head>', `${head}</head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${body}</div><script type="application/json" id="${HANDOFF_ID}">${data}</script>`,
    );
}

serveContentFromDisk(distDir);
const renderedAt = currentMinute();
await writeFile(join(distDir, 'app.html'), template);

const pages = await listPages();
for (const url of pages) {
  const page = await renderPage(url, renderedAt);
  const file = fileFor(url);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, fillTemplate(page.head, page.body, serialiseHandoff(page.handoff)));
}
const notFound = await renderPage('/404', renderedAt);
await writeFile(
  join(distDir, '404.html'),
  fillTemplate(notFound.head, notFound.body, serialiseHandoff(notFound.handoff)),
);

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`Prerendered ${pages.length} pages and 404.html in ${seconds} s`);
