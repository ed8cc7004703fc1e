import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { type AdminSession } from './admin-api.ts';
import type { ListFilter, SubmissionKind } from './desk-types.ts';
import { formatWhen, KIND_LABELS } from './admin-format.ts';
import { adminQueries } from './admin-queries.ts';
import { DownloadCsvButton } from './download-csv-button.tsx';
import { StatusTag } from './status-tag.tsx';
import { useSignOutOnRefusal } from './use-admin-session.ts';
import { deskPaths } from '../../config/desk-paths.ts';

export const emptyFilter = (kind: SubmissionKind): ListFilter => ({
  kind,
  page: 1,
  query: '',
  status: 'all',
  event: '',
});

type Props = {
  session: AdminSession;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
};

/** One kind of submission, newest first, twenty a page, with search and filters. */
export function SubmissionList({ session, filter, onFilter }: Props) {
  const { kind } = filter;
  const list = useQuery({
    ...adminQueries.list(filter, session.csrfToken),
    placeholderData: keepPreviousData,
  });
  useSignOutOnRefusal(list.error);
  const labels = KIND_LABELS[kind];
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <title>{`${labels.plural} – Membership secretary`}</title>
      <h1>{labels.plural}</h1>
      <DownloadCsvButton kind={kind} session={session} />
      <FilterForm
        key={kind}
        filter={filter}
        events={data?.events ?? []}
        onFilter={(changes) => onFilter({ ...filter, ...changes, page: 1 })}
      />
      {list.isError && (
        <p className="admin-problem" role="alert">
          {list.error.message}
        </p>
      )}
      {data && (
        <>
          <p className="admin-count" role="status">
            {data.total === 0
              ? 'Nothing matches.'
              : `Showing ${(data.page - 1) * data.pageSize + 1} to ${Math.min(data.total, data.page * data.pageSize)} of ${data.total}`}
          </p>
          {data.items.length > 0 && (
            <div className="admin-table-wrap">
              <table className="admin-table">
                <caption className="visually-hidden">{labels.plural}, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    {kind === 'registrations' && <th scope="col">Event</th>}
                    <th scope="col">Sent</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.reference}>
                      <td>
                        <Link to={deskPaths.item(kind, item.reference)}>
                          {item.fullName}
                          <span className="visually-hidden">, {item.reference}</span>
                        </Link>
                      </td>
                      <td className="admin-table__email">{item.email}</td>
                      {kind === 'registrations' && <td>{item.eventSlug}</td>}
                      <td>{formatWhen(item.submittedAt)}</td>
                      <td>
                        <StatusTag processed={item.processedAt !== null} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label="Pages">
              {filter.page > 1 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onFilter({ ...filter, page: filter.page - 1 })}
                >
                  Previous page
                </button>
              ) : (
                <span />
              )}
              <p className="pagination__status">
                Page {filter.page} of {pages}
              </p>
              {filter.page < pages ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onFilter({ ...filter, page: filter.page + 1 })}
                >
                  Next page
                </button>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
      {list.isPending && <p className="loading">Loading…</p>}
    </>
  );
}

function FilterForm({
  filter,
  events,
  onFilter,
}: {
  filter: ListFilter;
  events: string[];
  onFilter: (changes: Partial<ListFilter>) => void;
}) {
  const [query, setQuery] = useState(filter.query);
  const [status, setStatus] = useState(filter.status);
  const [event, setEvent] = useState(filter.event);

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    onFilter({ query: query.trim(), status, event });
  }

  return (
    <form className="admin-filters" role="search" aria-label="Find submissions" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor="admin-query">
          Name or email
        </label>
        <input
          id="admin-query"
          className="input"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(change) => setQuery(change.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="admin-status">
          Status
        </label>
        <select
          id="admin-status"
          className="select"
          value={status}
          onChange={(change) => setStatus(change.target.value as ListFilter['status'])}
        >
          <option value="all">All</option>
          <option value="new">New</option>
          <option value="processed">Processed</option>
        </select>
      </div>
      {filter.kind === 'registrations' && (
        <div className="field">
          <label className="field__label" htmlFor="admin-event">
            Event
          </label>
          <select
            id="admin-event"
            className="select"
            value={event}
            onChange={(change) => setEvent(change.target.value)}
          >
            <option value="">All events</option>
            {events.map((slug) => (
              <option key={slug} value={slug}>
                {slug}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button--secondary">
        Find submissions
      </button>
    </form>
  );
}
