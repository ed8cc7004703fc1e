import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatWhen } from './admin-format.ts';
import { adminQueries } from './admin-queries.ts';
import { useSignOutOnRefusal } from './use-admin-session.ts';

/** Sign-ins, exports, status changes and erasures: who, when and from which address. */
export function AuditLogView() {
  const [page, setPage] = useState(1);
  const log = useQuery({ ...adminQueries.audit(page), placeholderData: keepPreviousData });
  useSignOutOnRefusal(log.error);
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / 50)) : 1;
  return (
    <>
      <title>Activity log – Membership secretary</title>
      <h1>Activity log</h1>
      <p>Everything done at this desk, newest first. Failed sign-ins are here too.</p>
      {log.isPending && <p className="loading">Loading…</p>}
      {log.isError && (
        <p className="admin-problem" role="alert">
          {log.error.message}
        </p>
      )}
      {log.data && (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="visually-hidden">Activity, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
                <th scope="col">From address</th>
              </tr>
            </thead>
            <tbody>
              {log.data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatWhen(entry.at)}</td>
                  <td className="admin-table__email">{entry.actor ?? 'Unknown'}</td>
                  <td>{entry.action}</td>
                  <td>{entry.detail}</td>
                  <td>{entry.address}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label="Pages">
          <button
            type="button"
            className="button button--secondary"
            disabled={page === 1}
            onClick={() => setPage(page - 1)}
          >
            Newer
          </button>
          <p className="pagination__status">
            Page {page} of {pages}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            Older
          </button>
        </nav>
      )}
    </>
  );
}
