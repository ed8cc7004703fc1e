// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withInlineStylesheets } from './page-scripts.ts';

describe("the prerendered pages' stylesheet", () => {
  let dist: string;
  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), 'psg-page-scripts-'));
    await mkdir(join(dist, 'assets'));
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  const template =
    '<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" crossorigin href="/assets/index-a.css"></head><body><div id="root"></div></body>';

  it('is inlined in place of its link, so the page paints without another request', async () => {
    await writeFile(
      join(dist, 'assets', 'index-a.css'),
      'body{margin:0}\n.a::after{content:"$&"}\n',
    );
    expect(await withInlineStylesheets(template, dist)).toBe(
      '<head><link rel="icon" href="/favicon.svg"><style>body{margin:0}\n.a::after{content:"$&"}</style></head><body><div id="root"></div></body>',
    );
  });

  it('is refused if it could end its <style> element early', async () => {
    await writeFile(join(dist, 'assets', 'index-a.css'), '.a::after{content:"</style><script>"}');
    await expect(withInlineStylesheets(template, dist)).rejects.toThrow(/index-a\.css holds/);
  });
});
