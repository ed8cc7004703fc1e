// @vitest-environment jsdom
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from './content/load-content.ts';
import type { SiteContent } from './content/site-content.ts';
import { sitePages } from './content/site-pages.ts';
import { buildFeeds, buildRobots, buildSitemap } from './site-files.ts';

const ORIGIN = 'https://www.perusupportgroup.org.uk';
let content: SiteContent;

beforeAll(async () => {
  const loaded = await loadContent(resolve(import.meta.dirname, '../public/content'));
  content = loaded.content!;
});

/** Parses XML strictly: a well-formedness error is a failed test, not a quiet pass. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const texts = (doc: Document | Element, tag: string) =>
  [...doc.getElementsByTagName(tag)].map((node) => node.textContent ?? '');

describe('news feeds', () => {
  it('RSS 2.0 has the channel essentials and every seed item, newest first, dated', () => {
    const doc = parseXml(buildFeeds(content).rss);
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const channel = doc.getElementsByTagName('channel')[0]!;
    expect(texts(channel, 'title')[0]).toBe('Peru Support Group news');
    const items = [...doc.getElementsByTagName('item')];
    expect(items).toHaveLength(8);
    const first = items[0]!;
    expect(texts(first, 'title')[0]).toBe('Kuczynski vows to fight corruption');
    expect(texts(first, 'link')[0]).toBe(`${ORIGIN}/news/kuczynski-vows-to-fight-corruption`);
    expect(texts(first, 'pubDate')[0]).toBe('Mon, 24 Oct 2016 00:00:00 GMT');
    expect(texts(first, 'guid')[0]).toMatch(/^https:\/\//);
    for (const item of items) expect(texts(item, 'description')[0]).not.toBe('');
  });

  it('Atom has an id, updated date and absolute links for every entry', () => {
    const doc = parseXml(buildFeeds(content).atom);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(texts(doc.documentElement, 'updated')[0]).toBe('2016-10-24T00:00:00.000Z');
    const entries = [...doc.getElementsByTagName('entry')];
    expect(entries).toHaveLength(8);
    for (const entry of entries) {
      expect(texts(entry, 'id')[0]).toMatch(new RegExp(`^${ORIGIN}/news/`));
      expect(entry.getElementsByTagName('link')[0]?.getAttribute('href')).toMatch(/^https:\/\//);
      expect(texts(entry, 'updated')[0]).toMatch(/^2016-10-\d\dT00:00:00.000Z$/);
    }
  });

  it('JSON Feed has its version, URLs and every item', () => {
    const feed = JSON.parse(buildFeeds(content).json) as {
      version: string;
      feed_url: string;
      items: {
        id: string;
        url: string;
        title: string;
        date_published: string;
        content_html: string;
      }[];
    };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(feed.items.map((item) => item.title)).toContain('Snipping the SNIP');
    const snip = feed.items.find((item) => item.title === 'Snipping the SNIP')!;
    expect(snip).toMatchObject({ url: `${ORIGIN}/news/snipping-the-snip` });
    expect(snip.date_published).toBe('2016-10-16T00:00:00.000Z');
    expect(snip.content_html).toMatch(/^<p>The Kuzynski government/);
  });

  it('escapes text so that content cannot inject markup', () => {
    const news = [{ ...content.news[0]!, body: ['Fish & chips <script>alert(1)</script>'] }];
    const doc = parseXml(buildFeeds({ ...content, news }).rss);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page once in each language with an absolute URL', () => {
    const pages = sitePages(content);
    const doc = parseXml(buildSitemap(pages));
    const locs = texts(doc, 'loc');
    expect(locs).toHaveLength(pages.length * 2);
    expect(locs).toContain(`${ORIGIN}/es/events/annual-conference-2016`);
    expect(locs).toContain(`${ORIGIN}/es`);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(`${ORIGIN}/events/annual-conference-2016`);
    expect(locs).toContain(`${ORIGIN}/background/climate-change`);
    for (const loc of locs) expect(loc.startsWith(`${ORIGIN}/`)).toBe(true);
  });

  it('gives each page its alternates in English, Spanish and x-default', () => {
    const doc = parseXml(buildSitemap(['/', '/news/opposition-to-tpp']));
    const alternatesByLoc = Object.fromEntries(
      [...doc.getElementsByTagName('url')].map((url) => [
        url.getElementsByTagName('loc')[0]?.textContent,
        Object.fromEntries(
          [...url.getElementsByTagName('xhtml:link')].map((link) => [
            link.getAttribute('hreflang'),
            link.getAttribute('href'),
          ]),
        ),
      ]),
    );
    const home = { 'en-GB': `${ORIGIN}/`, es: `${ORIGIN}/es`, 'x-default': `${ORIGIN}/` };
    const article = {
      'en-GB': `${ORIGIN}/news/opposition-to-tpp`,
      es: `${ORIGIN}/es/news/opposition-to-tpp`,
      'x-default': `${ORIGIN}/news/opposition-to-tpp`,
    };
    expect(alternatesByLoc).toEqual({
      [home['en-GB']]: home,
      [home.es]: home,
      [article['en-GB']]: article,
      [article.es]: article,
    });
  });

  it('robots.txt points at the sitemap and keeps crawlers out of the API', () => {
    expect(buildRobots()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(buildRobots()).toContain('Disallow: /api/');
  });
});
