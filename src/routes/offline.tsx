import { Trans, useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';

/**
 * What the service worker shows, as static HTML without the app, for a page the visitor has not
 * opened before while they have no connection (built into offline.html, see
 * scripts/service-worker.ts). Pages they have opened reopen as they were.
 */
export function Component() {
  const { _ } = useLingui();
  return (
    <article className="page">
      <PageMeta
        title={_('offline.title')}
        description={_('offline.description')}
        canonical={false}
      />
      <h1>{_('offline.title')}</h1>
      <p>{_('offline.notSaved')}</p>
      <p>
        <Trans
          id="offline.tryOthers"
          components={{ 0: <Link to={paths.home()} />, 1: <Link to={paths.newsPage()} /> }}
        />
      </p>
    </article>
  );
}
