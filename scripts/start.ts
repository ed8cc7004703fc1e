/**
 * npm start — the one command on a fresh machine: builds the site and the server only when they
 * are missing or older than their sources and content (scripts/build-state.ts), then runs the
 * compiled server (what `npm run serve` runs). Production runs `npm run serve` alone, with no
 * development dependencies.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildNeeded } from './build-state.ts';

const root = process.env.PSG_ROOT
  ? resolve(process.env.PSG_ROOT)
  : resolve(import.meta.dirname, '..');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const reason = buildNeeded(root);
if (reason) {
  console.error(`Building first: ${reason}.`);
  const status = run('npm', ['run', 'build']);
  if (status !== 0) process.exit(status);
} else {
  console.error('The build is up to date: starting without rebuilding.');
}
// In this process rather than a child, so Ctrl-C and SIGTERM reach the server's own handlers.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(root, 'build/server/main.js')).href);
