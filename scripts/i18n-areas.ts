/**
 * The catalog split by the areas of src/config/message-areas.ts: what `npm run i18n:compile`
 * (scripts/i18n-compile.ts) writes to src/locales/<locale>/areas/<area>.ts, and which of those
 * modules the prerenderer preloads with a page's code.
 */
import { join, resolve } from 'node:path';
import type { Locale } from '../src/config/locales.ts';
import {
  AREA_MESSAGES,
  areaOfMessage,
  MESSAGE_AREAS,
  PAGE_AREAS,
  type MessageArea,
} from '../src/config/message-areas.ts';
import { pageOf } from '../src/config/paths.ts';

export const LOCALES_DIR = resolve(import.meta.dirname, '../src/locales');

/** Patterns named by more than one area: each would make an ID's area a matter of order. */
export function duplicatePatterns(): string[] {
  const seen = new Map<string, MessageArea>();
  const problems: string[] = [];
  for (const area of MESSAGE_AREAS) {
    for (const pattern of AREA_MESSAGES[area]) {
      const other = seen.get(pattern);
      if (other) problems.push(`"${pattern}" is named by both ${other} and ${area}`);
      seen.set(pattern, area);
    }
  }
  return problems;
}

/** A catalog's messages by area (every area present, maybe empty); throws on an ID with none. */
export function splitByArea<T>(
  messages: Record<string, T>,
): Record<MessageArea, Record<string, T>> {
  const problems = duplicatePatterns();
  const split = Object.fromEntries(MESSAGE_AREAS.map((area) => [area, {}])) as Record<
    MessageArea,
    Record<string, T>
  >;
  for (const [id, message] of Object.entries(messages)) {
    const area = areaOfMessage(id);
    if (area) split[area][id] = message;
    else problems.push(`${id} belongs to no area`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The message areas (src/config/message-areas.ts) do not fit the catalog:\n  ${problems.join('\n  ')}`,
    );
  }
  return split;
}

export function areaFile(locale: string, area: MessageArea): string {
  return join(LOCALES_DIR, locale, 'areas', `${area}.ts`);
}

/**
 * The area modules a page at `url` loads in the browser, as source paths (Vite's manifest keys):
 * its language's shell and its page's areas. The prerenderer preloads them with the page's code.
 */
export function messageAreaSources(url: string, locale: Locale): string[] {
  const page = pageOf(new URL(url, 'http://localhost').pathname);
  return ['shell' as const, ...(page ? PAGE_AREAS[page] : [])].map(
    (area) => `src/locales/${locale}/areas/${area}.ts`,
  );
}
