// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNeeded, markBuilt } from './build-state.ts';

const repo = resolve(import.meta.dirname, '..');
let root: string;

function write(file: string, text: string, secondsAgo = 0) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(join(root, file), time, time);
}

/**
 * A project in miniature: sources, a finished build whose "server" says it was served, and a
 * build script that leaves a mark when it runs.
 */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'psg-start-'));
  write(
    'package.json',
    JSON.stringify({
      type: 'module',
      scripts: { build: 'node build.js' },
    }),
    600,
  );
  write('src/main.tsx', 'export {};', 600);
  write('public/content/events.json', '{"events":[]}', 600);
  write(
    'build.js',
    `import { writeFileSync, mkdirSync } from 'node:fs';
     writeFileSync('rebuilt', '');
     mkdirSync('build', { recursive: true });
     writeFileSync('build/build-complete.json', '{}');`,
    600,
  );
  write('dist/index.html', '<!doctype html>', 60);
  write('build/server/main.js', 'console.log("served");', 60);
  markBuilt(root);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function start() {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: repo,
    env: { ...process.env, PSG_ROOT: root },
  });
}

describe('npm start', () => {
  it('serves a build that is up to date without rebuilding it', async () => {
    expect(buildNeeded(root)).toBeNull();

    const { stdout, stderr } = await start();

    expect(stdout).toContain('served');
    expect(stderr).toContain('starting without rebuilding');
    expect(existsSync(join(root, 'rebuilt'))).toBe(false);
  }, 30_000);

  it('builds first when a source or content file changed after the build', async () => {
    // A second after the build: written in the build's own millisecond, the file's time (set to
    // the millisecond) could fall before the stamp's (nanoseconds), which no real edit does.
    write('public/content/events.json', '{"events":[{}]}', -1);
    expect(buildNeeded(root)).toBe('public changed since the last build');

    const { stdout, stderr } = await start();

    expect(stderr).toContain('Building first: public changed since the last build.');
    expect(existsSync(join(root, 'rebuilt'))).toBe(true);
    expect(stdout).toContain('served');
  }, 30_000);

  it('builds when there is no build, or the last one did not finish', () => {
    rmSync(join(root, 'build/build-complete.json'));
    expect(buildNeeded(root)).toBe('the last build did not finish');
    rmSync(join(root, 'dist'), { recursive: true });
    expect(buildNeeded(root)).toBe('no dist/index.html');
  });
});
