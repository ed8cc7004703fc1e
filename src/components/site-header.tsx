import { useLingui } from '@lingui/react';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useMatch } from 'react-router';
import { paths } from '../config/paths.ts';
import { SITE_NAME } from '../lib/site.ts';
import { SiteSearch } from './site-search.tsx';

const NAV_ITEMS = [
  { to: paths.home(), label: 'nav.home' },
  { to: paths.newsPage(), label: 'nav.news' },
  { to: paths.notices(), label: 'nav.notices' },
  { to: paths.background(), label: 'nav.background' },
  { to: paths.join(), label: 'nav.join' },
] as const;

/** `label`: the message ID of the link's text. */
function NavItem({ to, label }: { to: string; label: string }) {
  const { _ } = useLingui();
  const exact = useMatch({ path: to, end: true });
  const within = useMatch({ path: to, end: to === paths.home() });
  // "page" for the page itself, "true" for a page inside the section (an article under News).
  const current = exact ? 'page' : within ? 'true' : undefined;
  return (
    <li>
      <Link to={to} aria-current={current} className="site-nav__link">
        {_(label)}
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
  const { _ } = useLingui();
  return (
    <header className="site-header">
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        {_('header.skipLink')}
      </a>
      <div className="site-header__inner container">
        <Link to={paths.home()} className="site-header__brand">
          {SITE_NAME}
        </Link>
        <nav aria-label={_('header.navLabel')} className="site-nav">
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
