import { useMutation } from '@tanstack/react-query';
import { downloadCsv, type AdminSession } from './admin-api.ts';
import type { SubmissionKind } from './desk-types.ts';
import { KIND_LABELS } from './admin-format.ts';
import { useSignOutOnRefusal } from './use-admin-session.ts';

/** The same file as `npm run export`, every submission of the kind, oldest first. */
export function DownloadCsvButton({
  kind,
  session,
}: {
  kind: SubmissionKind;
  session: AdminSession;
}) {
  const download = useMutation({ mutationFn: () => downloadCsv(kind, session.csrfToken) });
  useSignOutOnRefusal(download.error);
  return (
    <div className="admin-actions">
      <button
        type="button"
        className="button"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        Download all {KIND_LABELS[kind].plural.toLowerCase()} (CSV)
      </button>
      {download.isError && (
        <p className="admin-problem" role="alert">
          {download.error.message}
        </p>
      )}
    </div>
  );
}
