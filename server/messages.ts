import type { I18n } from '@lingui/core';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../src/config/locales.ts';
import { loadI18n } from '../src/lib/i18n.ts';
import type { ValidationErrors } from './api/api-responses.ts';

/**
 * The server's messages in the language of the page a form came from. Code outside React
 * (schemas, content checks, the server's own refusals) gives message IDs; the server turns them
 * into text here, from the same catalogs as the pages, never by the browser's Accept-Language.
 */
const instances = new Map<Locale, Promise<I18n>>();

function i18nFor(locale: Locale): Promise<I18n> {
  let instance = instances.get(locale);
  if (!instance) {
    instance = loadI18n(locale);
    instances.set(locale, instance);
  }
  return instance;
}

export type Translate = (idOrText: string, values?: Record<string, unknown>) => string;

/** Text for a message ID in `locale`; a message that is no ID (already text) stays as it is. */
export async function translator(locale: Locale): Promise<Translate> {
  const i18n = await i18nFor(locale);
  return (id, values) => (i18n.messages[id] === undefined ? id : i18n._(id, values));
}

/**
 * The exact words of message IDs in `locale`, as the page in that language showed them: what a
 * supporter agreed to (newsletter consent, Gift Aid declaration) is stored in these words. An ID
 * the catalog lacks is an error, never stored as if it were the wording.
 */
export async function wordingIn(locale: Locale): Promise<(id: string) => string> {
  const i18n = await i18nFor(locale);
  return (id) => {
    if (i18n.messages[id] === undefined)
      throw new Error(`No message ${id} in the ${locale} catalog`);
    return i18n._(id);
  };
}

/** A 422's messages as text in `locale`. */
export async function translateErrors(
  errors: ValidationErrors,
  locale: Locale,
): Promise<ValidationErrors> {
  const translate = await translator(locale);
  return {
    fieldErrors: Object.fromEntries(
      Object.entries(errors.fieldErrors).map(([field, messages]) => [
        field,
        messages?.map((message) => translate(message)),
      ]),
    ),
    formErrors: errors.formErrors.map((message) => translate(message)),
  };
}

/**
 * The language an API request asks for its messages: `?locale=es`, which the page's script adds
 * (apiInLocale); English otherwise, never guessed from Accept-Language.
 */
export function localeOfQuery(query: unknown): Locale {
  const asked =
    typeof query === 'object' && query !== null && 'locale' in query ? query.locale : '';
  return isLocale(asked) ? asked : DEFAULT_LOCALE;
}
