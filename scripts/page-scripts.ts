/**
 * Which JavaScript files a prerendered page starts with: the app's entry and, to fetch in
 * parallel with it, the entry's static imports and the chunks of the page's own routes (so
 * hydration does not wait for entry → route chunk one after the other). Read from Vite's
 * manifest (moved to dist-meta/ by the build; scripts/build-metadata.ts).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMetaDir, MANIFEST_FILE } from './build-metadata.ts';

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
};
type Manifest = Record<string, ManifestChunk>;

const REPO_ROOT = resolve(import.meta.dirname, '..');

export type PageScripts = {
  /** The entry's address, e.g. /assets/index-abc.js. */
  entry: string;
  /**
   * What else the page will import, e.g. the route's chunk: preloaded alongside the entry.
   * `sources` adds modules by their source path (its message areas, src/locales/...).
   */
  preloadFor(routeComponents: readonly unknown[], sources?: readonly string[]): string[];
};

export async function readPageScripts(distDir: string): Promise<PageScripts> {
  const file = join(buildMetaDir(distDir), MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
  // The public site's entry; the build has others (admin.html, the membership desk's own app).
  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : undefined;
  if (!entryKey) throw new Error(`${file} names no entry for index.html`);

  /** The chunk and everything it imports statically, as manifest keys. */
  const closure = (key: string, into = new Set<string>()) => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) closure(imported, into);
    return into;
  };

  // The route modules are loaded in this process too (the route table imports them to render),
  // and Node gives one module one namespace, so a matched route's Component tells its module.
  const moduleOfComponent = new Map<unknown, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || !chunk.src?.startsWith('src/routes/')) continue;
    const exports = (await import(pathToFileURL(join(REPO_ROOT, chunk.src)).href)) as Record<
      string,
      unknown
    >;
    for (const value of Object.values(exports)) {
      if (typeof value === 'function') moduleOfComponent.set(value, key);
    }
  }

  const entryChunks = closure(entryKey);
  const address = (key: string) => `/${manifest[key]!.file}`;
  return {
    entry: address(entryKey),
    preloadFor(routeComponents, sources = []) {
      const keys = new Set(entryChunks);
      for (const component of routeComponents) {
        const key = moduleOfComponent.get(component);
        if (key) closure(key, keys);
      }
      for (const source of sources) {
        if (!manifest[source]) throw new Error(`${file} has no chunk for ${source}`);
        closure(source, keys);
      }
      keys.delete(entryKey);
      return [...keys].map(address);
    },
  };
}

/**
 * Vite's template with its module script and modulepreloads taken out: a prerendered page asks
 * for its scripts from the boot script instead, after the first paint.
 */
export function withoutViteScripts(template: string): string {
  return template
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * The template with each stylesheet it links replaced by the stylesheet itself, in a <style>: a
 * prerendered page then paints with nothing but its own HTML, a round trip sooner on a slow
 * connection than after fetching the CSS (4 KB gzip). The server's CSP allows it by its hash
 * (inlineStyleSources in server/http-headers.ts). Pages the server renders (the forms without
 * JavaScript, search) and app.html keep the link, and the file stays for them and for offline.
 */
export async function withInlineStylesheets(template: string, distDir: string): Promise<string> {
  let html = template;
  for (const [tag, file] of template.matchAll(
    /<link rel="stylesheet"[^>]*?href="\/(assets\/[^"]+\.css)"[^>]*>/g,
  )) {
    const css = (await readFile(join(distDir, file!), 'utf8'))
      .replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')
      .trim();
    if (/<\/style/i.test(css))
      throw new Error(`${file} holds "</style", which would end its <style>`);
    html = html.replace(tag, () => `<style>${css}</style>`);
  }
  return html;
}
