// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { parseArgs } from './run.ts';
import { examplePaths, patternOf, routePatterns, routesOfPages } from '../size/routes.ts';
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

describe('routes to visit', () => {
  const routes: RouteObject[] = [
    {
      path: '/',
      children: [
        { index: true },
        { path: 'news' },
        { path: 'news/archive' },
        { path: 'news/:slug' },
        { path: 'events/:slug' },
        { path: 'events/:slug/register', children: [{ index: true }, { path: 'confirmation' }] },
        { path: 'tags/:tag' },
        { path: '*' },
      ],
    },
  ];

  it('lists every page of the route table', () => {
    expect(routePatterns(routes)).toEqual([
      '/',
      '/news',
      '/news/archive',
      '/news/:slug',
      '/events/:slug',
      '/events/:slug/register',
      '/events/:slug/register/confirmation',
      '/tags/:tag',
    ]);
    expect(patternOf(routes, '/news/archive')).toBe('/news/archive');
    expect(patternOf(routes, '/news/an-item')).toBe('/news/:slug');
    expect(patternOf(routes, '/no/such/page')).toBeNull();
  });

  it('groups pages by the route that renders them', () => {
    const pages = ['/news/b', '/news', '/', '/news/a', '/news/archive', '/events/conference'];
    expect([...routesOfPages(routes, pages)]).toEqual([
      ['/', '/'],
      ['/news/:slug', '/news/b'],
      ['/news', '/news'],
      ['/news/archive', '/news/archive'],
      ['/events/:slug', '/events/conference'],
    ]);
  });

  it('finds a page for each, filling slugs from the pages above them', () => {
    const pages = ['/', '/events/conference', '/news', '/news/archive', '/news/an-item'];
    expect(examplePaths(routes, pages, { tag: 'mining' })).toEqual([
      { route: '/', path: '/' },
      { route: '/news', path: '/news' },
      { route: '/news/archive', path: '/news/archive' },
      { route: '/news/:slug', path: '/news/an-item' },
      { route: '/events/:slug', path: '/events/conference' },
      { route: '/events/:slug/register', path: '/events/conference/register' },
      {
        route: '/events/:slug/register/confirmation',
        path: '/events/conference/register/confirmation',
      },
      { route: '/tags/:tag', path: '/tags/mining' },
    ]);
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
