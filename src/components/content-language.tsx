import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import { DEFAULT_LOCALE } from '../config/locales.ts';
import { useLocale } from '../lib/i18n.ts';

/** A piece of content as shown: its text, and `lang` for an element when it is not the page's. */
export type Shown<T> = { value: T; lang: 'en' | undefined; englishOnly: boolean };

/**
 * Content in the page's language: on a Spanish page the editor's Spanish where there is one (the
 * item's `es`), else the English, marked `lang="en"` and `englishOnly` so the page can say so.
 * Content is never machine-translated. `const shown = useContentLanguage();`, then
 * `shown(item.title, item.es?.title)`.
 */
export function useContentLanguage() {
  const locale = useLocale();
  return useCallback(
    <T,>(english: T, spanish: T | undefined): Shown<T> => {
      if (locale === DEFAULT_LOCALE) return { value: english, lang: undefined, englishOnly: false };
      if (spanish !== undefined) return { value: spanish, lang: undefined, englishOnly: false };
      return { value: english, lang: 'en', englishOnly: true };
    },
    [locale],
  );
}

/** Says, in the page's language, that the text beside it is in English only. */
export function EnglishOnlyNote({ shown }: { shown: readonly Shown<unknown>[] }) {
  const { _ } = useLingui();
  if (!shown.some((piece) => piece.englishOnly)) return null;
  return <p className="english-only">{_('lang.englishOnly')}</p>;
}

/**
 * Text as shown: in a `<span lang="en">` when it is English on a Spanish page, else bare, so the
 * text stays one run with the sentence around it (a screen reader's phrase, a test's getByText).
 */
export function ShownText({ shown }: { shown: Shown<string> }) {
  return shown.lang ? <span lang={shown.lang}>{shown.value}</span> : shown.value;
}

/** A short piece of content (a title) in the page's language, marked when it is English. */
export function ContentText({ english, spanish }: { english: string; spanish?: string }) {
  return <ShownText shown={useContentLanguage()(english, spanish)} />;
}
