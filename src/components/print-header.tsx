import { useLingui } from '@lingui/react';
import { useHref, useLocation } from 'react-router';
import { formatLondonDay } from '../lib/dates.ts';
import { useLocale } from '../lib/i18n.ts';
import { absoluteUrl, SITE_NAME } from '../lib/site.ts';
import { useNow } from '../lib/use-now.ts';

/**
 * Only on paper (print.css): where the page came from and when it was printed, in place of the
 * header, which is not printed. Hidden on screen, so it is also out of the accessibility tree.
 */
export function PrintHeader() {
  const { pathname, search } = useLocation();
  // With the language's prefix (the router's basename): /es/news on a Spanish page.
  const address = absoluteUrl(useHref(pathname + search));
  const at = useNow();
  const { _ } = useLingui();
  const locale = useLocale();
  return (
    <p className="print-header">
      {_('print.header', {
        site: SITE_NAME,
        url: address,
        date: formatLondonDay(at.toISOString(), locale),
      })}
    </p>
  );
}
