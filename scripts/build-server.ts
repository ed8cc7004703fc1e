/**
 * npm run build, server step: compiles the Node server and its command-line tools into
 * build/server/ with esbuild, so production runs them with plain `node` and no development
 * dependencies. The server's own code and what it imports from src/ (the zod schemas, content
 * helpers) are bundled in; packages stay imports from node_modules (all in "dependencies").
 *
 * Usage: tsx scripts/build-server.ts [out-dir]
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/** Output name (build/server/<name>.js) → source. A new production command gets a line here. */
export const SERVER_ENTRIES = {
  main: 'server/main.ts',
  backup: 'server/backup-cli.ts',
  restore: 'server/restore-cli.ts',
  admin: 'server/admin/admin-cli.ts',
  export: 'server/export-cli.ts',
  prune: 'server/prune-cli.ts',
  subject: 'server/subject-cli.ts',
} as const;

export async function buildServer(outDir = resolve(root, 'build/server')): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: SERVER_ENTRIES,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    // Shared code in chunks, so the commands do not each carry a copy.
    splitting: true,
    // Stack traces point at the TypeScript (node --enable-source-maps).
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.filename === process.argv[1]) {
  const started = performance.now();
  await buildServer(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(
    `Compiled the server into build/server in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
