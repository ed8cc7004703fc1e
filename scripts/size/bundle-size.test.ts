// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  bytesBySource,
  checkBudget,
  HOME_JS_BUDGET,
  moduleGroup,
  pageAssets,
  staticClosure,
  type Manifest,
} from './bundle-size.ts';

describe('pageAssets', () => {
  it('finds module scripts, modulepreloads and stylesheets, whatever the attribute order', () => {
    const html = `<head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link crossorigin href="/assets/vendor-b.js" rel="modulepreload">
      <link rel="stylesheet" href="/assets/index-c.css">
      <script src="https://example.org/other.js" type="module"></script>
      <script type="application/json" id="psg-state">{"url":"/"}</script>
    </head>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['assets/index-a.js', 'assets/vendor-b.js'],
      stylesheets: ['assets/index-c.css'],
    });
  });

  it('counts what the boot script of a prerendered page loads', () => {
    const html = `<body><div id="root"></div>
      <script data-entry="/assets/index-a.js" data-preload="/assets/vendor-b.js /assets/page-d.js">(boot)</script>`;
    expect(pageAssets(html).scripts).toEqual([
      'assets/index-a.js',
      'assets/vendor-b.js',
      'assets/page-d.js',
    ]);
  });
});

describe('staticClosure', () => {
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['src/form.tsx'],
    },
    '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
    'src/form.tsx': { file: 'assets/form.js', isDynamicEntry: true, imports: ['_forms.js'] },
    '_forms.js': { file: 'assets/forms.js' },
  };

  it('follows static imports, cycles included, and leaves dynamic imports out', () => {
    expect(staticClosure(manifest, ['assets/index.js'])).toEqual([
      'assets/index.js',
      'assets/shared.js',
    ]);
    expect(staticClosure(manifest, ['assets/form.js'])).toEqual([
      'assets/form.js',
      'assets/forms.js',
    ]);
  });
});

describe('checkBudget', () => {
  it('passes at the budget and fails a byte over, naming the route and its size', () => {
    expect(checkBudget('/', HOME_JS_BUDGET, HOME_JS_BUDGET).over).toBe(false);
    const over = checkBudget('/', HOME_JS_BUDGET + 1, HOME_JS_BUDGET);
    expect(over.over).toBe(true);
    const budget = (HOME_JS_BUDGET / 1024).toFixed(1);
    expect(over.message).toBe(
      `/ loads ${budget} KB of JS (gzip), over its ${budget} KB budget by 0.0 KB`,
    );
    expect(checkBudget('/', HOME_JS_BUDGET + 4 * 1024, HOME_JS_BUDGET).message).toContain(
      `over its ${budget} KB budget by 4.0 KB`,
    );
  });
});

describe('source maps', () => {
  it('shares the bytes of each line among the sources its segments map to', () => {
    // "aaaabbb" : columns 0-3 from a.js, 4-6 from b.js; line 2 "cc" unmapped.
    const totals = bytesBySource('aaaabbb\ncc', {
      sources: ['a.js', 'b.js'],
      mappings: 'AAAA,ICAA;',
    });
    expect(Object.fromEntries(totals)).toEqual({ 'a.js': 4, 'b.js': 3, '(unmapped)': 3 });
  });

  it('counts a segment that names no source as unmapped', () => {
    // Columns 0-1 from a.js, 2-4 mapped to nothing (a one-field segment), 5 from a.js again.
    const totals = bytesBySource('aaxxxa', { sources: ['a.js'], mappings: 'AAAA,E,GAAC' });
    expect(Object.fromEntries(totals)).toEqual({ 'a.js': 3, '(unmapped)': 3 });
  });

  it('groups sources by package or src folder', () => {
    expect(moduleGroup('../../node_modules/react-dom/cjs/react-dom.production.js')).toBe(
      'react-dom',
    );
    expect(moduleGroup('../node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    );
    expect(moduleGroup('../../src/features/news/news-link.tsx')).toBe('src/features/news');
    expect(moduleGroup('../../src/app/main.tsx')).toBe('src/app');
  });
});
