/**
 * npm run test:e2e [-- playwright options] — builds the site if dist/ is missing or older than
 * its sources, then runs the Playwright journeys in Debian's Chromium.
 *
 * Without Chromium: on a developer's machine (CI unset) the run is skipped with a note; in CI
 * (CI=true) it fails, so CI never passes without the browser journeys.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildNeeded } from '../../scripts/build-state.ts';
import { CHROMIUM_PATH } from './chromium.ts';

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

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const buildReason = buildNeeded(root);
if (buildReason) {
  console.log(`Building first: ${buildReason}.`);
  const status = run('npm', ['run', 'build']);
  if (status !== 0) process.exit(status);
}

process.exit(run(join(root, 'node_modules/.bin/playwright'), ['test', ...process.argv.slice(2)]));
