// @vitest-environment node
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMetaDir } from './build-metadata.ts';
import { HOME_JS_BUDGET, kb } from './size/bundle-size.ts';
import { checkSize } from './check-size.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

/** Random bytes do not compress, so each file's gzip size is about its length. */
function incompressible(kilobytes: number): Buffer {
  return randomBytes(kilobytes * 1024);
}

async function fakeBuild(
  dir: string,
  files: { entry: number; shared: number; lazy: number },
  { stylesheets = ['/assets/index-3.css'] } = {},
) {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await mkdir(buildMetaDir(dir), { recursive: true });
  await mkdir(join(dir, 'news', 'an-article'), { recursive: true });
  const html = `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-2.js">
    ${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}
    </head><body><div id="root"></div></body></html>`;
  await writeFile(join(dir, 'index.html'), html);
  await writeFile(join(dir, 'news', 'an-article', 'index.html'), html);
  await writeFile(join(dir, 'assets', 'index-1.js'), incompressible(files.entry));
  await writeFile(join(dir, 'assets', 'shared-2.js'), incompressible(files.shared));
  await writeFile(join(dir, 'assets', 'form-4.js'), incompressible(files.lazy));
  await writeFile(join(dir, 'assets', 'index-3.css'), 'body{margin:0}');
  await writeFile(
    join(buildMetaDir(dir), 'manifest.json'),
    JSON.stringify({
      'index.html': {
        file: 'assets/index-1.js',
        isEntry: true,
        imports: ['_shared-2.js'],
        dynamicImports: ['src/form.tsx'],
        css: ['assets/index-3.css'],
      },
      '_shared-2.js': { file: 'assets/shared-2.js' },
      'src/form.tsx': {
        file: 'assets/form-4.js',
        src: 'src/form.tsx',
        isDynamicEntry: true,
        imports: ['index.html'],
      },
    }),
  );
}

function checkSizeCommand(dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/check-size.ts', dir], {
    cwd: root,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('npm run check:size', () => {
  let work: string;
  let dir: string;
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'psg-check-size-'));
    dir = join(work, 'dist');
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('passes a home route under budget, not counting code loaded on demand', async () => {
    await fakeBuild(dir, { entry: 60, shared: 40, lazy: 80 });
    const report = await checkSize(dir);
    expect(report.budget.over).toBe(false);
    const home = report.routes.find((route) => route.route === '/')!;
    expect(home.js.map((file) => file.file)).toEqual(['assets/index-1.js', 'assets/shared-2.js']);
    expect(report.lazy.map((chunk) => chunk.src)).toEqual(['src/form.tsx']);

    const { code, stdout } = await checkSizeCommand(dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/PASS: home route \/ loads 100\.\d KB of JS \(gzip\), within/);
    expect(stdout).toContain('/news/an-article');
    expect(stdout).toContain('PASS: every prerendered page has one stylesheet');
    expect(stdout).toContain('PASS: no public script names the membership desk');
  }, 30_000);

  it('fails with the route and its size when a static import takes home over budget', async () => {
    await fakeBuild(dir, { entry: 70, shared: 70, lazy: 1 });
    const report = await checkSize(dir);
    expect(report.budget.over).toBe(true);
    expect(report.budget.size).toBeGreaterThan(HOME_JS_BUDGET);

    const { code, stdout } = await checkSizeCommand(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      new RegExp(
        `FAIL: home route / loads 1[34]\\d\\.\\d KB of JS \\(gzip\\), over its ${kb(HOME_JS_BUDGET).replace('.', '\\.')} budget by`,
      ),
    );
  }, 30_000);

  it('fails when a page blocks its first paint on a second stylesheet', async () => {
    await fakeBuild(
      dir,
      { entry: 1, shared: 1, lazy: 1 },
      { stylesheets: ['/assets/styles-5.css', '/assets/index-3.css'] },
    );
    await writeFile(join(dir, 'assets', 'styles-5.css'), 'p{margin:0}');
    // One inline and one linked is two as well.
    const article = join(dir, 'news', 'an-article', 'index.html');
    await writeFile(
      article,
      `<html><head><style>p{margin:0}</style><link rel="stylesheet" href="/assets/index-3.css"></head><body></body></html>`,
    );
    const report = await checkSize(dir);
    expect(report.budget.over).toBe(false);
    expect(report.stylesheetProblems).toEqual([
      '/ has 2 stylesheets (assets/styles-5.css, assets/index-3.css); a page should block its first paint on one',
      '/news/an-article has 2 stylesheets (assets/index-3.css, <style>); a page should block its first paint on one',
    ]);

    const { code, stdout } = await checkSizeCommand(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL: / has 2 stylesheets');
  }, 30_000);

  it('fails when a public script names the membership desk', async () => {
    await fakeBuild(dir, { entry: 1, shared: 1, lazy: 1 });
    await writeFile(join(dir, 'assets', 'form-4.js'), 'const desk={home:()=>`/admin`};');
    const report = await checkSize(dir);
    expect(report.deskProblems).toEqual(['assets/form-4.js names the desk (/admin)']);
    const { code, stdout } = await checkSizeCommand(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL: assets/form-4.js names the desk (/admin)');

    await writeFile(join(dir, 'assets', 'form-4.js'), 'const a="/administration-news";');
    expect((await checkSize(dir)).deskProblems).toEqual([]);
  }, 30_000);

  it('says what to do when there is no manifest', async () => {
    await fakeBuild(dir, { entry: 1, shared: 1, lazy: 1 });
    await rm(buildMetaDir(dir), { recursive: true });
    await expect(checkSize(dir)).rejects.toThrow(/No Vite manifest .* build\.manifest/);
  });
});
