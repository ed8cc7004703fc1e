import { useLingui } from '@lingui/react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ContentError, NotFoundError } from '../lib/fetch-content.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageMeta } from './page-meta.tsx';

function isNotFound(error: unknown): boolean {
  return error instanceof NotFoundError || (isRouteErrorResponse(error) && error.status === 404);
}

/** Shown in place of a page whose content failed to load; "Try again" runs the loaders again. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { _ } = useLingui();
  if (isNotFound(error)) return <NotFoundPage />;

  const retrying = revalidator.state === 'loading';
  return (
    <article className="page">
      <PageMeta title={_('error.title')} description={_('error.description')} canonical={false} />
      <h1>{_('error.heading')}</h1>
      <p>{_('error.body')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void revalidator.revalidate()}
        aria-disabled={retrying}
      >
        {retrying ? _('error.retrying') : _('error.retry')}
      </button>
      <details className="details">
        <summary>{_('error.technicalDetails')}</summary>
        {/* For whoever looks after the site: the file and field at fault, as the code says it. */}
        <p lang="en">{error instanceof Error ? error.message : _('error.unknown')}</p>
        {error instanceof ContentError && error.details.length > 0 && (
          <ul lang="en">
            {error.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </details>
    </article>
  );
}
