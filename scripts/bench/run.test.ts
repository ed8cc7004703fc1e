// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArgs } from './run.ts';
import { PAGE_NAMES, PAGES } from '../../src/config/paths.ts';
import { examplePaths, patternOf, routesOfPages } from '../size/routes.ts';
import { formatTable, median } from '../size/table.ts';

describe('parseArgs', () => {
  it('runs every part by default', () => {
    expect(parseArgs([])).toEqual({
      sizes: [10, 1000, 10000],
      routes: true,
      lighthouse: true,
      tasks: true,
      runs: 3,
      keep: false,
    });
  });

  it('runs only the parts asked for', () => {
    expect(parseArgs(['--lighthouse'])).toMatchObject({
      sizes: null,
      routes: false,
      lighthouse: true,
    });
    expect(parseArgs(['--sizes=10,1_000'])).toMatchObject({ sizes: [10, 1000], lighthouse: false });
    expect(parseArgs(['--tasks', '--runs=5'])).toMatchObject({
      sizes: null,
      routes: false,
      lighthouse: false,
      tasks: true,
      runs: 5,
    });
  });

  it('makes --quick smaller and faster', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ sizes: [10, 1000], runs: 1, routes: true });
    expect(parseArgs(['--quick', '--runs=2', '--lighthouse'])).toMatchObject({
      runs: 2,
      sizes: null,
    });
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--size=10'])).toThrow('Unknown option --size=10');
    expect(() => parseArgs(['--sizes=ten'])).toThrow('whole numbers');
    expect(() => parseArgs(['--runs=0'])).toThrow('--runs');
  });
});

describe('routes to visit, from the page map', () => {
  it('names the page of the map an address is, in its language', () => {
    expect(patternOf('/news/archive')).toBe('/news/archive');
    expect(patternOf('/news/an-item')).toBe('/news/:slug');
    expect(patternOf('/es/news/an-item')).toBe('/es/news/:slug');
    expect(patternOf('/es')).toBe('/es');
    expect(patternOf('/no/such/page')).toBeNull();
  });

  it('groups pages by the page of the map they are, each language on its own', () => {
    const pages = ['/news/b', '/news', '/es/news/b', '/', '/news/a', '/news/archive', '/es'];
    expect([...routesOfPages(pages)]).toEqual([
      ['/', '/'],
      ['/news/:slug', '/news/b'],
      ['/news', '/news'],
      ['/es/news/:slug', '/es/news/b'],
      ['/news/archive', '/news/archive'],
      ['/es', '/es'],
    ]);
  });

  it('finds an address for every page served at its own, filling params from the pages above', () => {
    const pages = [
      ...['/', '/events/conference', '/news', '/news/archive', '/news/an-item'],
      ...['/notices/a-notice', '/background/a-topic', '/es/news/an-item'],
    ];
    const examples = examplePaths(pages, { tag: 'mining', page: '2', year: '2016', month: '10' });
    expect(examples.map((example) => example.route)).toEqual(
      PAGE_NAMES.filter((name) => name !== 'offline').map((name) => PAGES[name]),
    );
    expect(examples).toEqual(
      expect.arrayContaining([
        { route: '/news/:slug', path: '/news/an-item' },
        { route: '/events/:slug/register', path: '/events/conference/register' },
        {
          route: '/events/:slug/register/confirmation',
          path: '/events/conference/register/confirmation',
        },
        { route: '/tags/:tag', path: '/tags/mining' },
        { route: '/news/archive/:year/:month', path: '/news/archive/2016/10' },
      ]),
    );
    // Without a value for a param, the page is left out rather than visited half-filled.
    expect(examplePaths(pages).map((example) => example.route)).not.toContain('/tags/:tag');
  });
});

describe('tables', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(
      formatTable(
        ['page', 'bytes'],
        [
          ['/', 1234],
          ['/news', 56],
        ],
      ),
    ).toBe(['page   bytes', '-----  -----', '/      1,234', '/news     56'].join('\n'));
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
