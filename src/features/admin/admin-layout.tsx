import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { RouteAnnouncer } from '../../components/route-announcer.tsx';
import { DESK_FILE, deskPaths } from '../../config/desk-paths.ts';

/**
 * The desk's frame: the site's colours, a skip link, and a plain link back to the public site
 * (a full page load: the public pages are another app).
 */
export function AdminLayout() {
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);

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
        <Outlet />
      </main>
      <RouteAnnouncer />
    </div>
  );
}

/**
 * Any address outside /admin. admin.html itself (as `vite` serves it in development) becomes
 * /admin; anything else is a page of the public site, loaded afresh from the server.
 */
export function LeaveDesk() {
  const { pathname, search } = useLocation();
  const toDesk = pathname === `/${DESK_FILE}`;
  useEffect(() => {
    if (!toDesk) window.location.replace(`${pathname}${search}`);
  }, [toDesk, pathname, search]);
  return toDesk ? <Navigate to={deskPaths.home()} replace /> : <p className="loading">Loading…</p>;
}
