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
  if (isNotFound(error)) return <NotFoundPage />;

  const retrying = revalidator.state === 'loading';
  return (
    <article className="page">
      <PageMeta
        title="Sorry, there is a problem"
        description="This page could not be loaded. Please try again."
        canonical={false}
      />
      <h1>Sorry, there is a problem with this page</h1>
      <p>We could not load this page’s content. Check your connection, then try again.</p>
      <button
        type="button"
        className="button"
        onClick={() => void revalidator.revalidate()}
        aria-disabled={retrying}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
      <details className="details">
        <summary>Technical details</summary>
        <p>{error instanceof Error ? error.message : 'Unknown error'}</p>
        {error instanceof ContentError && error.details.length > 0 && (
          <ul>
            {error.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </details>
    </article>
  );
}
