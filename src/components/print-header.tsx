import { useLingui } from '@lingui/react';
import { useLocation } from 'react-router';
import { formatLondonDay } from '../lib/dates.ts';
import { absoluteUrl, SITE_NAME } from '../lib/site.ts';
import { useNow } from '../lib/use-now.ts';

/**
 * Only on paper (print.css): where the page came from and when it was printed, in place of the
 * header, which is not printed. Hidden on screen, so it is also out of the accessibility tree.
 */
export function PrintHeader() {
  const { pathname, search } = useLocation();
  const at = useNow();
  const { _ } = useLingui();
  return (
    <p className="print-header">
      {_('print.header', {
        site: SITE_NAME,
        url: absoluteUrl(pathname + search),
        date: formatLondonDay(at.toISOString()),
      })}
    </p>
  );
}
