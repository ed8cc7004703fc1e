// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import viteConfig from '../vite.config.ts';
import { buildMetaDir, moveBuildMetadata } from './build-metadata.ts';

let work: string;
let dist: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'psg-meta-'));
  dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(dist, 'assets', 'index-1.js'), 'code');
  writeFileSync(join(dist, 'assets', 'index-1.js.map'), '{"mappings":""}');
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('build metadata', () => {
  it('leaves dist/ with no source map and no manifest, and keeps both beside it', () => {
    moveBuildMetadata(dist);

    expect(readdirSync(dist, { recursive: true }).sort()).toEqual([
      'assets',
      'assets/index-1.js',
      'index.html',
    ]);
    expect(existsSync(join(buildMetaDir(dist), 'manifest.json'))).toBe(true);
    expect(existsSync(join(buildMetaDir(dist), 'assets', 'index-1.js.map'))).toBe(true);
  });

  it('is how Vite builds: hidden maps (no sourceMappingURL), moved out when written', () => {
    const plugins = (viteConfig.plugins ?? []).flat() as Plugin[];

    expect(viteConfig.build?.sourcemap).toBe('hidden');
    expect(plugins.map((plugin) => plugin.name)).toContain('psg:build-metadata-out-of-dist');
  });
});
