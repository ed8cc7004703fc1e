import { useLingui } from '@lingui/react';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { PrintHeader } from '../components/print-header.tsx';
import { RouteAnnouncer } from '../components/route-announcer.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import { ThemeControl } from '../features/theme/theme-control.tsx';
import { SITE_NAME } from '../lib/site.ts';

/** The header's controls: the theme, and the same page in the other language. */
function HeaderTools() {
  return (
    <>
      <ThemeControl />
      <LanguageSwitch />
    </>
  );
}

export function RootLayout() {
  const navigation = useNavigation();
  // Marks the moment the app has taken over the prerendered HTML (browser tests wait for it).
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
  // Offline reading. A prerendered page's boot script registers the worker and keeps the first
  // page, so this code loads at the first page opened inside the app; on the app's own pages
  // (app.html, the form steps) at once.
  const { pathname } = useLocation();
  const firstPage = useRef(true);
  useEffect(() => {
    const first = firstPage.current;
    firstPage.current = false;
    if (first && document.querySelector('script[data-entry]')) return;
    void import('./service-worker.ts').then((worker) => worker.readOffline());
  }, [pathname]);
  const busy = navigation.state === 'loading';
  // Each Suspense boundary hydrates as its own piece of work after the frame around it, at a
  // lower priority and in slices, so the browser stays responsive while React takes over; a
  // click inside a part not yet hydrated hydrates that part at once and is replayed. Nothing
  // here suspends once hydrated, so no fallback ever shows.
  return (
    <div className="site">
      <Suspense>
        <SiteHeader tools={<HeaderTools />} />
      </Suspense>
      <div className={`progress${busy ? ' progress--active' : ''}`} aria-hidden="true" />
      <main id="main-content" tabIndex={-1} className="container site-main" aria-busy={busy}>
        <PrintHeader />
        <Suspense>
          <Outlet />
        </Suspense>
      </main>
      <Suspense>
        <SiteFooter />
      </Suspense>
      <RouteAnnouncer />
    </div>
  );
}

/** Shown before the first page's content has arrived: the same frame, so nothing jumps. */
export function RootHydrateFallback() {
  const { _ } = useLingui();
  return (
    <div className="site">
      <title>{SITE_NAME}</title>
      <SiteHeader tools={<HeaderTools />} />
      <main id="main-content" tabIndex={-1} className="container site-main" aria-busy="true">
        <p className="loading">{_('app.loading')}</p>
      </main>
      <SiteFooter />
    </div>
  );
}
