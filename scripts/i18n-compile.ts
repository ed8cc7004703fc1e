/**
 * npm run i18n:compile (also run by install, dev, build, typecheck and the unit tests' setup):
 * compiles src/locales/<locale>/messages.po with Lingui's own compiler into ready-made message
 * functions, so the browser needs no message compiler. Each language is written in parts
 * (src/locales/<locale>/<part>.ts, generated, never committed): the forms' and the privacy
 * notice's messages, most of the catalog, load only with the pages that show them
 * (src/config/locales.ts says which part an ID is in).
 *
 * Usage: tsx scripts/i18n-compile.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createCompiledCatalog } from '@lingui/cli/api';
import { formatter } from '@lingui/format-po';
import { CATALOG_PARTS, catalogPartOf, LOCALES } from '../src/config/locales.ts';

const root = resolve(import.meta.dirname, '..');
// Our msgids are message IDs, never English text to hash into an ID (as in lingui.config.ts).
const po = formatter({ explicitIdAsDefault: true });

export async function compileCatalogs(): Promise<number> {
  let count = 0;
  for (const locale of LOCALES) {
    const file = resolve(root, 'src/locales', locale, 'messages.po');
    const catalog = (await po.parse(await readFile(file, 'utf8'), {
      locale,
      sourceLocale: 'en',
      filename: file,
    })) as Record<string, { translation?: string }>;
    for (const part of CATALOG_PARTS) {
      const messages = Object.fromEntries(
        Object.entries(catalog)
          .filter(([id]) => catalogPartOf(id) === part)
          .map(([id, message]) => [id, message.translation ?? '']),
      );
      const { source, errors } = createCompiledCatalog(locale, messages, {
        namespace: 'ts',
        strict: true,
      });
      if (errors.length > 0) {
        const list = errors.map((error) => `  ${error.id}: ${String(error.error)}`).join('\n');
        throw new Error(`${file}: messages that are not valid ICU MessageFormat:\n${list}`);
      }
      await writeFile(resolve(root, 'src/locales', locale, `${part}.ts`), `${source}\n`);
      count += Object.keys(messages).length;
    }
  }
  return count;
}

if (import.meta.filename === process.argv[1]) {
  const count = await compileCatalogs();
  console.log(`Compiled ${count} messages in ${LOCALES.length} languages`);
}
