/**
 * Build metadata (Vite's manifest, the source maps) is for this project's own tools
 * (`npm run check:size`, the bench), not for visitors: a public source map hands out the source,
 * and the server would serve anything in dist/. So the build moves it from `<dist>` to the
 * sibling folder `<dist>-meta` (dist-meta/ for the real build), and the maps are "hidden" (no
 * sourceMappingURL comment in the code, so no browser asks for them).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the manifest (`manifest.json`) and the maps (`assets/*.map`) of a build in `distDir` go. */
export function buildMetaDir(distDir: string): string {
  return `${resolve(distDir)}-meta`;
}

export const MANIFEST_FILE = 'manifest.json';

/** Moves `.vite/manifest.json` and every `*.map` of a finished build out of its folder. */
export function moveBuildMetadata(distDir: string): void {
  const metaDir = buildMetaDir(distDir);
  rmSync(metaDir, { recursive: true, force: true });
  mkdirSync(metaDir, { recursive: true });
  const manifest = join(distDir, '.vite', 'manifest.json');
  if (existsSync(manifest)) renameSync(manifest, join(metaDir, MANIFEST_FILE));
  rmSync(join(distDir, '.vite'), { recursive: true, force: true });
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.map')) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(metaDir, from.slice(resolve(distDir).length + 1));
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
}

/** The Vite plugin that runs `moveBuildMetadata` when a build has written its files. */
export function buildMetadataOutOfDist(): Plugin {
  let outDir = '';
  return {
    name: 'psg:build-metadata-out-of-dist',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      moveBuildMetadata(outDir);
    },
  };
}
