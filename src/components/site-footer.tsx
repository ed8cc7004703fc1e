import { Link } from 'react-router';
import { files, paths } from '../config/paths.ts';
import { SITE_NAME } from '../lib/site.ts';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{SITE_NAME}</p>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link to={paths.newsPage()}>News</Link>
            </li>
            <li>
              <Link to={paths.notices()}>Notices</Link>
            </li>
            <li>
              <Link to={paths.background()}>Background</Link>
            </li>
            <li>
              <Link to={paths.events()}>Events</Link>
            </li>
            <li>
              <Link to={paths.join()}>Join the PSG</Link>
            </li>
            <li>
              <Link to={paths.privacy()}>Privacy notice</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__feeds">
          Follow the news: <a href={files.feeds.rss}>RSS feed</a>,{' '}
          <a href={files.feeds.atom}>Atom feed</a>, <a href={files.feeds.json}>JSON Feed</a>
        </p>
        <p className="site-footer__note">
          News, notices and background as published by the Peru Support Group in October 2016.
        </p>
      </div>
    </footer>
  );
}
