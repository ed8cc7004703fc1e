import { useLingui } from '@lingui/react';
import { useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useHref, useLocation } from 'react-router';
import { absoluteUrl, SITE_NAME } from '../lib/site.ts';
import { useFormat } from '../lib/use-format.ts';
import { currentMinute, RenderTimeContext } from '../lib/use-now.ts';

/**
 * Only on paper (print.css): where the page came from and when it was printed, in place of the
 * header, which is not printed. Hidden on screen, so it is also out of the accessibility tree.
 *
 * The date is the page's render time until the browser is about to print, and then the
 * visitor's: nothing on screen depends on it, so it is not re-rendered (and formatted) after
 * hydration or every minute.
 */
export function PrintHeader() {
  const { pathname, search } = useLocation();
  // With the language's prefix (the router's basename): /es/news on a Spanish page.
  const address = absoluteUrl(useHref(pathname + search));
  const renderedAt = useContext(RenderTimeContext);
  const [printedAt, setPrintedAt] = useState(() => renderedAt ?? currentMinute());
  useEffect(() => {
    // Synchronously, so the page is printed with the new date rather than before it.
    const beforePrint = () => flushSync(() => setPrintedAt(currentMinute()));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);
  const { _ } = useLingui();
  const format = useFormat();
  return (
    <p className="print-header">
      {_('print.header', {
        site: SITE_NAME,
        url: address,
        date: format.londonDay(new Date(printedAt).toISOString()),
      })}
    </p>
  );
}
