import type { MouseEvent, ReactNode } from 'react';
import { Link, useMatch } from 'react-router';
import { paths } from '../config/paths.ts';
import { SITE_NAME } from '../lib/site.ts';
import { SiteSearch } from './site-search.tsx';

const NAV_ITEMS = [
  { to: paths.home(), label: 'Home' },
  { to: paths.newsPage(), label: 'News' },
  { to: paths.notices(), label: 'Notices' },
  { to: paths.background(), label: 'Background' },
  { to: paths.join(), label: 'Join' },
] as const;

function NavItem({ to, label }: { to: string; label: string }) {
  const exact = useMatch({ path: to, end: true });
  const within = useMatch({ path: to, end: to === paths.home() });
  // "page" for the page itself, "true" for a page inside the section (an article under News).
  const current = exact ? 'page' : within ? 'true' : undefined;
  return (
    <li>
      <Link to={to} aria-current={current} className="site-nav__link">
        {label}
      </Link>
    </li>
  );
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main-content');
  if (!main) return;
  // Focus the target ourselves: no history entry, and it works the same in every browser.
  event.preventDefault();
  main.focus();
}

/** `tools`: controls the app adds at the end of the header (the theme choice). */
export function SiteHeader({ tools }: { tools?: ReactNode }) {
  return (
    <header className="site-header">
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <div className="site-header__inner container">
        <Link to={paths.home()} className="site-header__brand">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul className="site-nav__list">
            {NAV_ITEMS.map((item) => (
              <NavItem key={item.to} {...item} />
            ))}
          </ul>
        </nav>
        <SiteSearch />
        {tools}
      </div>
    </header>
  );
}
