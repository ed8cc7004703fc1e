import { useLingui } from '@lingui/react';
import { useLocation } from 'react-router';
import { HTML_LANG, LOCALES } from '../config/locales.ts';
import { inLocale } from '../config/paths.ts';
import { useLocale } from '../lib/i18n.ts';

/**
 * The same page in the other language: a plain link (a full page load, so the new page comes
 * with its own catalog), never a redirect by the browser's Accept-Language. The router's
 * location is inside the language's basename, so '/news' here is /es/news on a Spanish page.
 */
export function LanguageSwitch() {
  const { _ } = useLingui();
  const locale = useLocale();
  const { pathname, search, hash } = useLocation();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <a
      href={inLocale(`${pathname}${search}${hash}`, other)}
      hrefLang={HTML_LANG[other]}
      lang={HTML_LANG[other]}
      className="language-switch"
    >
      {_('lang.switch.otherLanguage')}
    </a>
  );
}
