/**
 * npm run test:e2e [-- playwright options] — builds the site if dist/ is missing or older than
 * its sources, then runs the Playwright journeys in Debian's Chromium.
 *
 * Without Chromium: on a developer's machine (CI unset) the run is skipped with a note; in CI
 * (CI=true) it fails, so CI never passes without the browser journeys.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from '../support/chromium.ts';

const root = resolve(import.meta.dirname, '../..');
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';

if (!existsSync(CHROMIUM_PATH)) {
  const message = `No Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`;
  if (inCi) {
    console.error(`test:e2e failed: ${message}`);
    process.exit(1);
  }
  console.log(`test:e2e skipped: ${message}`);
  process.exit(0);
}

/** What the built site is made from; a change to any of them means dist/ is out of date. */
const SOURCES = ['index.html', 'vite.config.ts', 'src', 'public', 'scripts'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const builtAt = newestChange(join(root, 'dist/index.html'));
const sourcesAt = Math.max(...SOURCES.map((source) => newestChange(join(root, source))));
if (builtAt === 0 || sourcesAt > builtAt) {
  console.log(builtAt === 0 ? 'No built site: building it.' : 'dist/ is out of date: rebuilding.');
  const status = run('npm', ['run', 'build']);
  if (status !== 0) process.exit(status);
}

process.exit(run(join(root, 'node_modules/.bin/playwright'), ['test', ...process.argv.slice(2)]));
