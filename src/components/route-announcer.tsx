import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After each client-side navigation, moves focus to the new page's <h1> and announces its title,
 * as a full page load would. The first render is left alone so the browser's own focus stands.
 */
export function RouteAnnouncer() {
  const { pathname, search } = useLocation();
  const region = useRef<HTMLDivElement>(null);
  // The address the page was last announced at: the first render (and StrictMode's second run
  // of the effect) leaves it alone, so the browser's own focus stands and the parts of the page
  // still hydrating are not touched.
  const announced = useRef(`${pathname}${search}`);

  useEffect(() => {
    if (announced.current === `${pathname}${search}`) return;
    announced.current = `${pathname}${search}`;
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    if (region.current) region.current.textContent = document.title;
  }, [pathname, search]);

  return <div ref={region} role="status" aria-atomic="true" className="visually-hidden" />;
}
