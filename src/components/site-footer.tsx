import { Trans, useLingui } from '@lingui/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { files, paths } from '../config/paths.ts';
import { SITE_NAME } from '../lib/site.ts';

/** A link to a file that is not a page (a feed); its text comes from the message. */
function FileLink({ href, children }: { href: string; children?: ReactNode }) {
  return <a href={href}>{children}</a>;
}

export function SiteFooter() {
  const { _ } = useLingui();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{SITE_NAME}</p>
        <nav aria-label={_('footer.navLabel')}>
          <ul className="site-footer__links">
            <li>
              <Link to={paths.newsPage()}>{_('nav.news')}</Link>
            </li>
            <li>
              <Link to={paths.notices()}>{_('nav.notices')}</Link>
            </li>
            <li>
              <Link to={paths.background()}>{_('nav.background')}</Link>
            </li>
            <li>
              <Link to={paths.events()}>{_('nav.events')}</Link>
            </li>
            <li>
              <Link to={paths.join()}>{_('footer.join')}</Link>
            </li>
            <li>
              <Link to={paths.privacy()}>{_('footer.privacy')}</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__feeds">
          <Trans
            id="footer.feeds"
            components={{
              0: <FileLink href={files.feeds.rss} />,
              1: <FileLink href={files.feeds.atom} />,
              2: <FileLink href={files.feeds.json} />,
            }}
          />
        </p>
        <p className="site-footer__note">{_('footer.note')}</p>
      </div>
    </footer>
  );
}
