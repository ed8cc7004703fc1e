import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';

/**
 * What the service worker shows, as static HTML without the app, for a page the visitor has not
 * opened before while they have no connection (built into offline.html, see
 * scripts/service-worker.ts). Pages they have opened reopen as they were.
 */
export function Component() {
  return (
    <article className="page">
      <PageMeta
        title="You are offline"
        description="This page has not been saved for reading offline."
        canonical={false}
      />
      <h1>You are offline</h1>
      <p>
        This page cannot be shown without an internet connection: it has not been opened on this
        device before.
      </p>
      <p>
        Pages you have already read on this device still open without a connection. Try the{' '}
        <Link to={paths.home()}>home page</Link> or <Link to={paths.newsPage()}>the news</Link>, or
        open this page again once you are back online.
      </p>
    </article>
  );
}
