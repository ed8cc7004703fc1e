/**
 * npm run build, last step: renders every page of the site to static HTML in Node, with the data
 * each page needs handed over as JSON, so the first paint needs no JavaScript and the browser
 * hydrates without fetching again. Also writes 404.html and app.html (the bare app shell),
 * and each in every other language (es/404.html, es/app.html).
 *
 * Usage: tsx scripts/prerender.ts [dist-dir]
 * A large site is split between one Node process per CPU core (`--shard i/n`, internal).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bootScriptTag } from '../src/app/boot-script.ts';
import {
  appShell,
  appShellFile,
  fillTemplate,
  notFoundFile,
  ROOT_ELEMENT,
  withoutManifestLink,
  withoutNoscript,
} from '../src/app/page-template.ts';
import { renderPage } from '../src/app/render-page.tsx';
import { LOCALES } from '../src/config/locales.ts';
import { inLocale } from '../src/config/paths.ts';
import { loadI18n } from '../src/lib/i18n.ts';
import { currentMinute } from '../src/lib/use-now.ts';
import { loadContent } from './content/load-content.ts';
import { serveContentFromDisk } from './content/serve-content-from-disk.ts';
import { sitePagesInEveryLanguage } from './content/site-pages.ts';
import { messageAreaSources } from './i18n-areas.ts';
import { OFFLINE_PAGES } from './offline-page.ts';
import { readPageScripts, withInlineStylesheets, withoutViteScripts } from './page-scripts.ts';

const [distArgument, shardFlag, shardArgument, timeFlag, timeArgument, pagesFlag, pagesArgument] =
  process.argv.slice(2);
const distDir = resolve(distArgument ?? 'dist');
const shard = shardFlag === '--shard' ? shardArgument?.split('/').map(Number) : undefined;
const started = performance.now();

/** Below this many pages one process is quicker than starting more. */
const PAGES_PER_PROCESS = 500;

/** Every address the site has, from its content. */
async function listPages(): Promise<string[]> {
  const { content, problems } = await loadContent(join(distDir, 'content'));
  if (!content) {
    throw new Error(
      `Content problems:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`,
    );
  }
  return sitePagesInEveryLanguage(content);
}

function fileFor(url: string): string {
  return url === '/' ? join(distDir, 'index.html') : join(distDir, url, 'index.html');
}

// After a first run index.html is the home page; app.html keeps the template, so a second run
// (say, after a content change) starts from it again.
const templateFile = existsSync(join(distDir, 'app.html')) ? 'app.html' : 'index.html';
const template = await readFile(join(distDir, templateFile), 'utf8');
if (!template.includes(ROOT_ELEMENT)) {
  throw new Error(`${distDir}/${templateFile} is not the app template`);
}

const scripts = await readPageScripts(distDir);
// A prerendered page reads without JavaScript, so it has no "needs JavaScript" notice; it
// starts its scripts from the boot script (after the first paint) rather than from <head>, and
// carries its stylesheet inline. Its boot script links the web app manifest after that paint.
const pageTemplate = await withInlineStylesheets(
  withoutManifestLink(withoutNoscript(withoutViteScripts(template))),
  distDir,
);

async function writePage(url: string, file: string) {
  const page = await renderPage(url, renderedAt);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    fillTemplate(
      pageTemplate,
      page,
      bootScriptTag(
        scripts.entry,
        scripts.preloadFor(page.routeComponents, messageAreaSources(url, page.locale)),
      ),
    ),
  );
}

/** Renders several pages at once, so one page's file reads and writes overlap another's work. */
async function writeAll(urls: readonly string[], concurrency = 8) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        await writePage(url, fileFor(url));
      }
    }),
  );
}

serveContentFromDisk(distDir);
// Every page of one build says the same time, whichever process renders it.
const renderedAt = timeFlag === '--rendered-at' ? Number(timeArgument) : currentMinute();
// A shard reads the page list its parent made, rather than checking all the content again.
const pages =
  pagesFlag === '--pages' && pagesArgument
    ? (JSON.parse(await readFile(pagesArgument, 'utf8')) as string[])
    : await listPages();

if (shard) {
  const [index = 0, count = 1] = shard;
  await writeAll(pages.filter((_, position) => position % count === index));
} else {
  // Each language's bare app shell; the English one is also the template of a later run.
  for (const locale of LOCALES) {
    const file = join(distDir, appShellFile(locale));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, appShell(template, await loadI18n(locale)));
  }
  const processes = Math.min(availableParallelism(), Math.ceil(pages.length / PAGES_PER_PROCESS));
  if (processes <= 1) {
    await writeAll(pages);
  } else {
    const run = promisify(execFile);
    const listFile = join(await mkdtemp(join(tmpdir(), 'psg-prerender-')), 'pages.json');
    await writeFile(listFile, JSON.stringify(pages));
    await Promise.all(
      Array.from({ length: processes }, (_, index) =>
        run(process.execPath, [
          ...process.execArgv,
          ...[process.argv[1]!, distDir, '--shard', `${index}/${processes}`],
          ...['--rendered-at', String(renderedAt), '--pages', listFile],
        ]),
      ),
    );
    await rm(dirname(listFile), { recursive: true, force: true });
  }
  for (const locale of LOCALES) {
    await writePage(inLocale('/404', locale), join(distDir, notFoundFile(locale)));
  }
  // The service worker's page, in each language, for addresses not saved for offline reading
  // (service-worker.ts).
  for (const { url, file } of OFFLINE_PAGES) await writePage(url, join(distDir, `.${file}`));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Prerendered ${pages.length} pages (every language) and the 404 pages in ${seconds} s (${Math.max(processes, 1)} process(es))`,
  );
}
