/**
 * What JavaScript and CSS each page of a build loads, read from the build itself: the tags in the
 * prerendered HTML (module scripts, modulepreloads, stylesheets) and, for the imports between
 * chunks, Vite's manifest (dist-meta/manifest.json: build.manifest, moved out of dist).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { buildMetaDir, MANIFEST_FILE } from '../build-metadata.ts';

/**
 * The home routes' JavaScript budget (/ and /es), by network idle: 123 KB gzip, a guard against
 * growth, not the target. Issue 9's target is 115 KB, and it is NOT met: / loads 121.0 KB and /es
 * 121.2 KB in 7 files. The packages alone, built into one chunk, are 108.4 KB (react-dom and the
 * scheduler 63, React Router 29.6 in its production build, TanStack Query 10, react 2.6, Lingui
 * 2.5), which leaves 6.6 KB for the site's own code, its message catalog and the bundler's
 * runtime, and those are about 12.5 KB on the home page. FIXME (issue 9 stays open): 115 KB needs a
 * smaller framework (React Router's data router alone is 29.6 KB), not smaller site code.
 */
export const HOME_JS_BUDGET = 123 * 1024;

export type ManifestChunk = {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export async function readManifest(distDir: string): Promise<Manifest> {
  const file = join(buildMetaDir(distDir), MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(
      `No Vite manifest at ${file}: build with build.manifest on (vite.config.ts) first.`,
    );
  }
  return JSON.parse(text) as Manifest;
}

/** "KB" here is 1024 bytes, as in the budget. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** zlib's default level, as the server's compression and most hosts use. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

export type PageAssets = { scripts: string[]; stylesheets: string[] };

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(
    /([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    found[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

/**
 * What the browser fetches from a page's HTML before any of its code runs: module scripts,
 * modulepreloads and what the boot script loads after the first paint (JS), and stylesheets. Paths are relative to the site root; other origins and
 * inline scripts are left out.
 */
export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const local = (url: string | undefined) =>
    url && !/^[a-z]+:|^\/\//i.test(url) ? url.replace(/^\.?\//, '').split(/[?#]/)[0]! : null;
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+|\/?>$/g, ''));
    if (/^<script/i.test(tag)) {
      const src = local(attrs.src);
      if (src && attrs.type === 'module') scripts.add(src);
      // The boot script of a prerendered page (src/app/boot-script.ts) names what it loads.
      for (const url of [attrs['data-entry'], ...(attrs['data-preload'] ?? '').split(/\s+/)]) {
        const file = local(url);
        if (file) scripts.add(file);
      }
    } else {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const href = local(attrs.href);
      if (href && rel.includes('modulepreload')) scripts.add(href);
      if (href && rel.includes('stylesheet')) stylesheets.add(href);
    }
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets] };
}

/**
 * Every chunk the browser loads once `files` run: the files themselves and, recursively, their
 * static imports. Dynamic imports are not followed: they load only when the code asks.
 */
export function staticClosure(manifest: Manifest, files: readonly string[]): string[] {
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = manifest[keyOfFile.get(file) ?? ''];
    for (const key of chunk?.imports ?? []) {
      const imported = manifest[key];
      if (imported) visit(imported.file);
    }
  };
  files.forEach(visit);
  return [...seen];
}

/** The CSS those chunks bring with them (Vite injects it when a chunk loads). */
export function chunkCss(manifest: Manifest, files: readonly string[]): string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  return files.flatMap((file) => byFile.get(file)?.css ?? []);
}

/** Every prerendered page (…/index.html) of a build as its path, skipping assets and content. */
export async function prerenderedPages(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !/^(assets|content|\.vite)\//.test(file))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '')}`)
    .sort();
}

export type FileSize = { file: string; bytes: number; gzip: number };

export type RouteBundle = {
  route: string;
  page: string;
  js: FileSize[];
  css: FileSize[];
  jsGzip: number;
  cssGzip: number;
  /** The stylesheets the HTML links, and `<style>` for each inline one: all block the first paint. */
  stylesheets: string[];
};

export function sum(sizes: readonly FileSize[]): number {
  return sizes.reduce((total, size) => total + size.gzip, 0);
}

export function createSizer(distDir: string) {
  const cache = new Map<string, Promise<FileSize>>();
  return (file: string): Promise<FileSize> => {
    let size = cache.get(file);
    if (!size) {
      size = readFile(join(distDir, file)).then((data) => ({
        file,
        bytes: data.length,
        gzip: gzipSize(data),
      }));
      cache.set(file, size);
    }
    return size;
  };
}

/** The JS and CSS one prerendered page loads before any code runs, gzip sizes. */
export async function pageBundle(
  distDir: string,
  manifest: Manifest,
  route: string,
  page: string,
  sizeOf = createSizer(distDir),
): Promise<RouteBundle> {
  const htmlFile = join(distDir, page, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const assets = pageAssets(html);
  const jsFiles = staticClosure(manifest, assets.scripts);
  const cssFiles = [...new Set([...assets.stylesheets, ...chunkCss(manifest, jsFiles)])];
  const js = await Promise.all(jsFiles.map(sizeOf));
  const css = await Promise.all(cssFiles.map(sizeOf));
  return {
    route,
    page,
    js,
    css,
    jsGzip: sum(js),
    cssGzip: sum(css),
    stylesheets: [...assets.stylesheets, ...[...html.matchAll(/<style\b/gi)].map(() => '<style>')],
  };
}

export type LazyChunk = { src: string; file: string; gzip: number; extraGzip: number };

/**
 * Chunks loaded only on demand (dynamic imports): their source module, own gzip size, and the
 * gzip size of everything they pull in that the home page has not already loaded.
 */
export async function lazyChunks(
  manifest: Manifest,
  alreadyLoaded: readonly string[],
  sizeOf: (file: string) => Promise<FileSize>,
): Promise<LazyChunk[]> {
  const loaded = new Set(alreadyLoaded);
  const chunks = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry);
  return Promise.all(
    chunks.map(async ([key, chunk]) => {
      const closure = staticClosure(manifest, [chunk.file]).filter((file) => !loaded.has(file));
      const sizes = await Promise.all(closure.map(sizeOf));
      return {
        src: chunk.src ?? key,
        file: chunk.file,
        gzip: (await sizeOf(chunk.file)).gzip,
        extraGzip: sum(sizes),
      };
    }),
  );
}

export type BudgetResult = {
  route: string;
  size: number;
  budget: number;
  over: boolean;
  message: string;
};

export function checkBudget(route: string, size: number, budget: number): BudgetResult {
  const over = size > budget;
  const message = over
    ? `${route} loads ${kb(size)} of JS (gzip), over its ${kb(budget)} budget by ${kb(size - budget)}`
    : `${route} loads ${kb(size)} of JS (gzip), within its ${kb(budget)} budget (${kb(budget - size)} to spare)`;
  return { route, size, budget, over, message };
}

/* Source maps: which modules the bytes of a chunk come from. */

export type SourceMap = { sources: string[]; mappings: string; sourceRoot?: string };

/**
 * Bytes of generated code that map back to each source file; bytes mapped to nothing count under
 * "(unmapped)". The gzip of a whole chunk can only be shared out in proportion to these.
 */
export function bytesBySource(code: string, map: SourceMap): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (source: string, bytes: number) => {
    if (bytes > 0) totals.set(source, (totals.get(source) ?? 0) + bytes);
  };
  // Columns come decoded as absolute positions in the line, sources as indexes into `sources`.
  const mappingLines = decode(map.mappings);
  code.split('\n').forEach((line, lineNumber, lines) => {
    const starts = (mappingLines[lineNumber] ?? []).map(([column, sourceIndex]) => ({
      column,
      source: sourceIndex === undefined ? '(unmapped)' : (map.sources[sourceIndex] ?? '?'),
    }));
    add('(unmapped)', Buffer.byteLength(line.slice(0, starts[0]?.column ?? line.length)));
    starts.forEach((start, index) => {
      const end = starts[index + 1]?.column ?? line.length;
      add(start.source, Buffer.byteLength(line.slice(start.column, end)));
    });
    if (lineNumber < lines.length - 1) add('(unmapped)', 1);
  });
  return totals;
}

/** node_modules/react-dom/cjs/x.js → react-dom; ../../src/features/news/x.tsx → src/features/news. */
export function moduleGroup(source: string): string {
  const packagePath = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (packagePath) return packagePath[1]!;
  const local = /(?:^|\/)(src\/(?:[^/]+\/)?[^/]+)\//.exec(source);
  if (local) return local[1]!;
  return source.replace(/^(\.\.\/)+/, '');
}

export type Contributor = { group: string; bytes: number; share: number; gzipEstimate: number };

/** The biggest groups (packages, src folders) in some chunks, by minified bytes. */
export async function biggestContributors(
  distDir: string,
  files: readonly string[],
): Promise<Contributor[]> {
  const groups = new Map<string, number>();
  let totalBytes = 0;
  let totalGzip = 0;
  for (const file of files) {
    const code = await readFile(join(distDir, file), 'utf8');
    totalBytes += Buffer.byteLength(code);
    totalGzip += gzipSize(code);
    let map: SourceMap;
    try {
      map = JSON.parse(
        await readFile(join(buildMetaDir(distDir), `${file}.map`), 'utf8'),
      ) as SourceMap;
    } catch {
      groups.set(`${file} (no source map)`, Buffer.byteLength(code));
      continue;
    }
    for (const [source, bytes] of bytesBySource(code, map)) {
      const group = moduleGroup(source);
      groups.set(group, (groups.get(group) ?? 0) + bytes);
    }
  }
  return [...groups]
    .map(([group, bytes]) => ({
      group,
      bytes,
      share: bytes / totalBytes,
      gzipEstimate: Math.round((bytes / totalBytes) * totalGzip),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}
