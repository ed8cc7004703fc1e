import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SummaryList } from '../../components/form/summary-list.tsx';
import { adminJson, type AdminSession } from './admin-api.ts';
import type { SubmissionKind } from './desk-types.ts';
import { formatWhen, KIND_LABELS } from './admin-format.ts';
import { adminQueries } from './admin-queries.ts';
import { StatusTag } from './status-tag.tsx';
import { useSignOutOnRefusal } from './use-admin-session.ts';
import { deskPaths } from '../../config/desk-paths.ts';

type Props = { session: AdminSession; kind: SubmissionKind; reference: string };

/** Every answer of one submission, its status, and what can be done with it. */
export function SubmissionDetail({ session, kind, reference }: Props) {
  const queryClient = useQueryClient();
  const detail = useQuery(adminQueries.detail(reference));
  const markProcessed = useMutation({
    mutationFn: () =>
      adminJson(`/submissions/${encodeURIComponent(reference)}/processed`, {
        method: 'POST',
        csrfToken: session.csrfToken,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminQueries.all() }),
  });
  useSignOutOnRefusal(detail.error ?? markProcessed.error);
  const label = KIND_LABELS[kind];
  const back = (
    <p className="back-link">
      <Link to={deskPaths.list(kind)}>Back to {label.plural.toLowerCase()}</Link>
    </p>
  );

  if (detail.isPending) return <p className="loading">Loading…</p>;
  if (detail.isError || detail.data.kind !== kind) {
    return (
      <>
        <title>Not found – Membership secretary</title>
        {back}
        <h1>No such {label.one.toLowerCase()}</h1>
        <p>{detail.error?.message ?? 'There is no submission with that reference.'}</p>
      </>
    );
  }
  const item = detail.data;
  return (
    <>
      <title>{`${label.one} ${item.reference} – Membership secretary`}</title>
      {back}
      <span className="admin-caption">{label.one}</span>
      <h1>{item.fullName}</h1>
      <h2>Status</h2>
      <p>
        <StatusTag processed={item.processedAt !== null} />{' '}
        {item.processedAt &&
          `Marked processed by ${item.processedBy ?? 'someone'} on ${formatWhen(item.processedAt)}.`}
      </p>
      {item.processedAt === null && (
        <div className="admin-actions">
          <button
            type="button"
            className="button"
            disabled={markProcessed.isPending}
            onClick={() => markProcessed.mutate()}
          >
            Mark as processed
          </button>
        </div>
      )}
      {markProcessed.isError && (
        <p className="admin-problem" role="alert">
          {markProcessed.error.message}
        </p>
      )}
      <h2>Answers</h2>
      <SummaryList
        rows={item.fields.map(({ label: key, value }) => ({
          key,
          value: value === '' ? <span className="admin-muted">Not given</span> : value,
        }))}
      />
      <h2>Erase on request</h2>
      <p>
        If this person asks for their data to be deleted, you can erase every application and
        registration made with their email address.
      </p>
      <p>
        <Link to={deskPaths.erase(kind, item.reference)}>Erase this person’s records</Link>
      </p>
    </>
  );
}
