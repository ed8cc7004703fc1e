import { Link } from 'react-router';
import { SITE_NAME } from '../lib/site.ts';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{SITE_NAME}</p>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <li>
              <Link to="/news">News</Link>
            </li>
            <li>
              <Link to="/notices">Notices</Link>
            </li>
            <li>
              <Link to="/background">Background</Link>
            </li>
            <li>
              <Link to="/events">Events</Link>
            </li>
            <li>
              <Link to="/join">Join the PSG</Link>
            </li>
            <li>
              <Link to="/privacy">Privacy notice</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__feeds">
          Follow the news: <a href="/feed.xml">RSS feed</a>, <a href="/atom.xml">Atom feed</a>,{' '}
          <a href="/feed.json">JSON Feed</a>
        </p>
        <p className="site-footer__note">
          News, notices and background as published by the Peru Support Group in October 2016.
        </p>
      </div>
    </footer>
  );
}
