// @vitest-environment node
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content.ts';
import { makeSyntheticSite, syntheticNewsItems } from './make-content.ts';

describe('syntheticNewsItems', () => {
  const items = syntheticNewsItems(1000);

  it('gives the same items for the same seed, and others for another seed', () => {
    expect(syntheticNewsItems(1000)).toEqual(items);
    expect(syntheticNewsItems(5, 2)).not.toEqual(items.slice(0, 5));
  });

  it('keeps a smaller archive inside a bigger one', () => {
    expect(syntheticNewsItems(10)).toEqual(items.slice(0, 10));
  });

  it('gives every item its own slug', () => {
    expect(new Set(items.map((item) => item.slug)).size).toBe(1000);
  });

  it('writes items the size of real ones', () => {
    for (const item of items) {
      expect(item.title.length).toBeGreaterThanOrEqual(40);
      expect(item.title.length).toBeLessThanOrEqual(70);
      expect(item.summary.length).toBeGreaterThanOrEqual(300);
      expect(item.summary.length).toBeLessThanOrEqual(520);
      expect(item.body?.length).toBeGreaterThanOrEqual(3);
      expect(item.body?.length).toBeLessThanOrEqual(6);
    }
    const titles = items.map((item) => item.title.length);
    const mean = titles.reduce((a, b) => a + b, 0) / titles.length;
    expect(mean).toBeGreaterThan(50);
    expect(mean).toBeLessThan(68);
  });

  it('spreads dates over the years before the real news of October 2016', () => {
    const years = new Set(items.map((item) => item.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(15);
    expect(items.every((item) => item.date >= '2001-01-01' && item.date <= '2016-09-30')).toBe(
      true,
    );
  });
});

describe('makeSyntheticSite', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'psg-make-content-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a copy of public/ whose content passes the content check, with N more items', async () => {
    const real = await loadContent(join(import.meta.dirname, '../../public/content'));
    const site = await makeSyntheticSite(dir, 40);
    const { content, problems } = await loadContent(site.contentDir);
    expect(problems).toEqual([]);
    expect(content?.news).toHaveLength(real.content!.news.length + 40);
    expect(site.newsCount).toBe(real.content!.news.length + 40);
    // The derived folders are the content build's to write.
    expect(await readdir(join(site.contentDir, 'news'))).not.toContain('pages');
    expect(await readdir(site.publicDir)).toContain('favicon.svg');
  });
});
