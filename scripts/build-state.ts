/**
 * Whether the build (dist/ and build/server/) is up to date with what it is made from. The last
 * step of `npm run build` writes a stamp; the build is current when the stamp and its outputs
 * exist and no source changed after it. A build that stopped half-way writes no stamp, so it is
 * never taken for a finished one.
 *
 * Usage: tsx scripts/build-state.ts mark   (the last step of npm run build)
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What the built site and server are made from; a change to any of them means a rebuild. */
export const BUILD_SOURCES = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'src',
  'public',
  'scripts',
  'server',
] as const;

/** Files a finished build has, besides the stamp. */
const BUILD_OUTPUTS = ['dist/index.html', 'build/server/main.js'] as const;

const STAMP = 'build/build-complete.json';

export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Why the build in `root` must be (re)made, or null when it is current. */
export function buildNeeded(root: string): string | null {
  const missing = BUILD_OUTPUTS.find((output) => !existsSync(join(root, output)));
  if (missing) return `no ${missing}`;
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return 'the last build did not finish';
  const builtAt = statSync(stamp).mtimeMs;
  const changed = BUILD_SOURCES.find((source) => newestChange(join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

export function markBuilt(root: string): void {
  const stamp = join(root, STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
}

if (import.meta.filename === process.argv[1] && process.argv[2] === 'mark') {
  markBuilt(resolve(import.meta.dirname, '..'));
}
