import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatter } from '@lingui/format-po';
import ts from 'typescript';

/** A catalog as the check sees it: message ID → text. */
export type Catalog = Record<string, string>;

/**
 * Messages that are rightly the same in both languages: names, British terms the glossary keeps
 * in English, and words spelt alike ("No", "Error:", which Spanish pages keep as GOV.UK does).
 */
export const SAME_IN_BOTH = new Set<string>([
  'PSG',
  'Peru Support Group',
  'Gift Aid',
  'No',
  'Error:',
  'Error: {title}',
]);

const po = formatter({ explicitIdAsDefault: true });

export function readCatalog(file: string): Catalog {
  const parsed = po.parse(readFileSync(file, 'utf8'), {
    locale: null,
    sourceLocale: 'en',
    filename: file,
  });
  return Object.fromEntries(
    Object.entries(parsed as Record<string, { translation?: string }>).map(([id, message]) => [
      id,
      message.translation ?? '',
    ]),
  );
}

/** Every string literal of the source files under `dirs` (tests and the catalogs left out). */
export function sourceFiles(root: string, dirs: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'locales' && name !== 'test-support') walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        files[relative(root, path)] = readFileSync(path, 'utf8');
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return files;
}

const ID_SHAPE = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+$/;
/** File names have the shape of an ID too (events.json). */
const FILE_NAME = /\.(?:html|json|js|ts|tsx|css|xml|txt|db|ics|po|svg|png)$/;

/** The string literals of a TypeScript source (comments and code left out), by its own parser. */
function stringLiterals(source: string): string[] {
  const file = ts.createSourceFile(
    'source.tsx',
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TSX,
  );
  const literals: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      literals.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return literals;
}

/**
 * The message IDs a source file uses: string literals shaped like an ID (`nav.home`) in an area
 * the catalogs have (nav, join, form...). IDs are never built from pieces, so every one used
 * appears whole somewhere (`_('nav.home')`, `<Trans id="...">`, a schema's message, a map).
 */
export function usedIds(source: string, areas: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const text of stringLiterals(source)) {
    if (ID_SHAPE.test(text) && !FILE_NAME.test(text) && areas.has(text.split('.')[0] ?? '')) {
      ids.add(text);
    }
  }
  return ids;
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? ''))].sort();
}

/** What is wrong with the catalogs: each problem a sentence naming the ID and the catalog. */
export function catalogProblems(
  catalogs: { en: Catalog; es: Catalog },
  sources: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const all = new Set([...Object.keys(catalogs.en), ...Object.keys(catalogs.es)]);
  const areas = new Set([...all].map((id) => id.split('.')[0] ?? ''));
  const used = new Map<string, string>();
  for (const [file, source] of Object.entries(sources)) {
    for (const id of usedIds(source, areas)) if (!used.has(id)) used.set(id, file);
  }
  for (const [id, file] of used) {
    for (const locale of ['en', 'es'] as const) {
      if (!(id in catalogs[locale]))
        problems.push(`${id} (used in ${file}) is missing from ${locale}`);
    }
  }
  for (const id of [...all].sort()) {
    const en = catalogs.en[id];
    const es = catalogs.es[id];
    if (!used.has(id)) problems.push(`${id} is in the catalogs but nothing uses it`);
    if (en !== undefined && en.trim() === '') problems.push(`${id} is empty in en`);
    if (es !== undefined && es.trim() === '') problems.push(`${id} is empty in es`);
    if (en && es && en === es && !SAME_IN_BOTH.has(es)) {
      problems.push(`${id} is not translated in es (the same as en: "${en}")`);
    }
    if (en && es && placeholders(en).join() !== placeholders(es).join()) {
      problems.push(
        `${id} has placeholders {${placeholders(en)}} in en but {${placeholders(es)}} in es`,
      );
    }
  }
  return problems;
}
