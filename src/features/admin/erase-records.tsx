import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { adminJson, type AdminSession, type ErasureReceipt } from './admin-api.ts';
import type { SubmissionKind } from './desk-types.ts';
import { formatWhen, KIND_LABELS } from './admin-format.ts';
import { adminQueries } from './admin-queries.ts';
import { useSignOutOnRefusal } from './use-admin-session.ts';
import { deskPaths } from '../../config/desk-paths.ts';

type Props = { session: AdminSession; kind: SubmissionKind; reference: string };

/**
 * Erasure on request: first what will go (every record with the same email), then one button,
 * then a receipt to keep as proof that the request was met. All records go in one transaction.
 */
export function EraseRecords({ session, kind, reference }: Props) {
  const queryClient = useQueryClient();
  const erase = useMutation({
    mutationFn: () =>
      adminJson<ErasureReceipt>(`/submissions/${encodeURIComponent(reference)}/erase`, {
        method: 'POST',
        csrfToken: session.csrfToken,
      }),
    onSuccess: () => {
      // Nothing of the erased person may stay in the desk's memory either.
      queryClient.removeQueries({
        queryKey: adminQueries.all(),
        predicate: (query) => query.queryKey[1] !== 'session',
      });
    },
  });
  // Once erased there is nothing left to ask for (the server would answer 404).
  const person = useQuery({ ...adminQueries.samePerson(reference), enabled: !erase.isSuccess });
  useSignOutOnRefusal(person.error ?? erase.error);

  if (erase.isSuccess) return <Receipt receipt={erase.data} />;
  if (person.isPending) return <p className="loading">Loading…</p>;
  const back = (
    <p className="back-link">
      <Link to={deskPaths.item(kind, reference)}>Back</Link>
    </p>
  );
  if (person.isError) {
    return (
      <>
        <title>Not found – Membership secretary</title>
        {back}
        <h1>No such record</h1>
        <p>{person.error.message}</p>
      </>
    );
  }
  const { email, records } = person.data;
  return (
    <>
      <title>Erase this person’s records – Membership secretary</title>
      {back}
      <h1>Erase this person’s records</h1>
      <p>
        These are all the records made with <strong>{email}</strong>. Erasing deletes all of them
        from the website’s database.
      </p>
      <ul className="admin-erase-list">
        {records.map((record) => (
          <li key={record.reference}>
            {KIND_LABELS[record.kind].one} {record.reference} from {record.fullName}, sent{' '}
            {formatWhen(record.submittedAt)}
          </li>
        ))}
      </ul>
      <div className="admin-warning">
        <strong>
          <span className="visually-hidden">Warning: </span>
          This cannot be undone. Copies already downloaded as CSV are not touched: delete those
          yourself.
        </strong>
      </div>
      {erase.isError && (
        <p className="admin-problem" role="alert">
          {erase.error.message}
        </p>
      )}
      <div className="admin-actions">
        <button
          type="button"
          className="button admin-button--warning"
          disabled={erase.isPending}
          onClick={() => erase.mutate()}
        >
          Erase {records.length} record{records.length === 1 ? '' : 's'}
        </button>
        <Link to={deskPaths.item(kind, reference)}>Cancel</Link>
      </div>
    </>
  );
}

function Receipt({ receipt }: { receipt: ErasureReceipt }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed without a navigation: move focus to the result, as a new page would.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <title>Records erased – Membership secretary</title>
      <div className="confirmation-panel">
        <h1 className="confirmation-panel__title" ref={heading} tabIndex={-1}>
          Records erased
        </h1>
        <div className="confirmation-panel__body">
          Receipt number
          <br />
          <strong className="confirmation-panel__reference">E-{receipt.receipt}</strong>
        </div>
      </div>
      <p>
        Erased on {formatWhen(receipt.erasedAt)}: {receipt.references.join(', ')}.
      </p>
      <p>
        Keep the receipt number as proof that the request was met. The activity log records the
        erasure with the references only, never the person’s name or email.
      </p>
      <p>
        <Link to={deskPaths.list('memberships')}>Back to membership applications</Link>
      </p>
    </>
  );
}
