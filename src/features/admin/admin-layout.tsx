import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { RouteAnnouncer } from '../../components/route-announcer.tsx';

/**
 * The desk's frame: the site's colours, a skip link, and a plain link back to the public site
 * (a full page load: the public pages are another app). Any address outside /admin is handed
 * to the server.
 */
export function AdminLayout() {
  const { pathname, search } = useLocation();
  const outside = !/^\/admin(?:\/|$)/.test(pathname);
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
  useEffect(() => {
    if (outside) window.location.replace(`${pathname}${search}`);
  }, [outside, pathname, search]);

  return (
    <div className="site">
      <header className="site-header">
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <div className="site-header__inner container">
          <a href="/" className="site-header__brand">
            Peru Support Group
          </a>
          <span className="admin-header__name">Membership desk</span>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="container site-main">
        {outside ? <p className="loading">Loading…</p> : <Outlet />}
      </main>
      <RouteAnnouncer />
    </div>
  );
}
