import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './make-content.ts';

const run = promisify(execFile);

export type BuildTimes = {
  /** Seconds for each step, as a developer running them would wait. */
  content: number;
  vite: number;
  prerender: number;
  /** Feeds, sitemap and robots.txt, then the Brotli/gzip copies of the assets. */
  finish: number;
  total: number;
};

async function timed(label: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  try {
    await run(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${label} failed:\n${stdout}${stderr}`.trimEnd(), { cause: error });
  }
  return (performance.now() - started) / 1000;
}

/**
 * The production build of `publicDir` into `outDir`, the same steps as `npm run build`, each
 * run as its own process and timed: content build (writes the derived news files into
 * publicDir/content, so pass a copy), vite build, prerender (React in production mode), then
 * the feeds and the compressed assets.
 */
export async function buildSite(publicDir: string, outDir: string): Promise<BuildTimes> {
  const tsx = ['--import', 'tsx'];
  const content = await timed('content build', [
    ...tsx,
    'scripts/content.ts',
    'build',
    join(publicDir, 'content'),
  ]);
  const vite = await timed(
    'vite build',
    [
      join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { PSG_PUBLIC_DIR: publicDir },
  );
  const prerender = await timed('prerender', [...tsx, 'scripts/prerender.ts', outDir], {
    NODE_ENV: 'production',
  });
  const finish =
    (await timed('site files', [...tsx, 'scripts/site-files.ts', outDir])) +
    (await timed('precompress', [...tsx, 'scripts/precompress.ts', outDir]));
  return { content, vite, prerender, finish, total: content + vite + prerender + finish };
}
