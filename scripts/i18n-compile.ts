/**
 * npm run i18n:compile (also run by dev, build, typecheck and the unit tests' setup): compiles
 * src/locales/<locale>/messages.po with Lingui's own compiler into ready-made message
 * functions, so the browser needs no message compiler. Each language is written twice
 * (generated, never committed):
 * - src/locales/<locale>/messages.ts, the whole catalog, for Node (the prerenderer, the server,
 *   the tests) and the desk;
 * - src/locales/<locale>/areas/<area>.ts, one module per area of src/config/message-areas.ts,
 *   which the public site loads page by page (src/lib/i18n-areas.ts).
 * Fails, naming them, on messages that are not valid ICU MessageFormat, on IDs that belong to
 * no area, and on a pattern two areas both claim.
 *
 * Usage: tsx scripts/i18n-compile.ts
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createCompiledCatalog } from '@lingui/cli/api';
import { formatter } from '@lingui/format-po';
import { LOCALES } from '../src/config/locales.ts';
import { MESSAGE_AREAS } from '../src/config/message-areas.ts';
import { areaFile, LOCALES_DIR, splitByArea } from './i18n-areas.ts';

// Our msgids are message IDs, never English text to hash into an ID (as in lingui.config.ts).
const po = formatter({ explicitIdAsDefault: true });

function compiled(file: string, locale: string, messages: Record<string, string>): string {
  const { source, errors } = createCompiledCatalog(locale, messages, {
    namespace: 'ts',
    strict: true,
  });
  if (errors.length > 0) {
    const list = errors.map((error) => `  ${error.id}: ${String(error.error)}`).join('\n');
    throw new Error(`${file}: messages that are not valid ICU MessageFormat:\n${list}`);
  }
  return `${source}\n`;
}

/** Compiles every language; returns a line per language with each area's size. */
export async function compileCatalogs(): Promise<string[]> {
  const lines: string[] = [];
  for (const locale of LOCALES) {
    const file = resolve(LOCALES_DIR, locale, 'messages.po');
    const catalog = (await po.parse(await readFile(file, 'utf8'), {
      locale,
      sourceLocale: 'en',
      filename: file,
    })) as Record<string, { translation?: string }>;
    const messages = Object.fromEntries(
      Object.entries(catalog).map(([id, message]) => [id, message.translation ?? '']),
    );
    await writeFile(resolve(LOCALES_DIR, locale, 'messages.ts'), compiled(file, locale, messages));

    const dir = join(LOCALES_DIR, locale, 'areas');
    await mkdir(dir, { recursive: true });
    // An area taken out of the table leaves no module behind.
    for (const name of await readdir(dir)) {
      if (!MESSAGE_AREAS.some((area) => `${area}.ts` === name)) await rm(join(dir, name));
    }
    const split = splitByArea(messages);
    const sizes: string[] = [];
    for (const area of MESSAGE_AREAS) {
      const text = compiled(file, locale, split[area]);
      await writeFile(areaFile(locale, area), text);
      const count = Object.keys(split[area]).length;
      sizes.push(`${area} ${count} (${(gzipSync(text).length / 1024).toFixed(1)} KB)`);
    }
    lines.push(`${locale}: ${Object.keys(messages).length} messages; ${sizes.join(', ')}`);
  }
  return lines;
}

if (import.meta.filename === process.argv[1]) {
  try {
    const lines = await compileCatalogs();
    console.log(`Compiled the catalogs (messages per area, gzip):\n${lines.join('\n')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
