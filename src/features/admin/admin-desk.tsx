import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { adminJson, type AdminSession } from './admin-api.ts';
import type { ListFilter, SubmissionKind } from './desk-types.ts';
import { adminQueries } from './admin-queries.ts';
import { AuditLogView } from './audit-log.tsx';
import { EraseRecords } from './erase-records.tsx';
import { SignInForm } from './sign-in-form.tsx';
import { emptyFilter, SubmissionList } from './submission-list.tsx';
import { SubmissionDetail } from './submission-detail.tsx';
import { forgetDesk } from './use-admin-session.ts';
import './admin.css';
import { deskPaths } from '../../config/desk-paths.ts';

const KINDS: readonly SubmissionKind[] = ['memberships', 'registrations'];
const isKind = (value: string | undefined): value is SubmissionKind =>
  KINDS.includes(value as SubmissionKind);

/**
 * The membership secretary's desk at /admin: the sign-in form until there is a session, then
 * the lists, a submission, erasure and the activity log.
 */
export function AdminDesk() {
  const session = useQuery(adminQueries.session());

  // A page restored from the back-forward cache would show what was on screen before signing
  // out; load it afresh instead (the server also sends it as no-store).
  useEffect(() => {
    const reloadIfRestored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', reloadIfRestored);
    return () => window.removeEventListener('pageshow', reloadIfRestored);
  }, []);

  return (
    <div className="admin">
      {session.isPending ? (
        <p className="loading">Loading…</p>
      ) : session.isError ? (
        <>
          <title>Membership secretary</title>
          <h1>The desk is not available</h1>
          <p className="admin-problem" role="alert">
            {session.error.message}
          </p>
        </>
      ) : session.data ? (
        <SignedInDesk session={session.data} />
      ) : (
        <SignInForm />
      )}
    </div>
  );
}

function SignedInDesk({ session }: { session: AdminSession }) {
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Record<SubmissionKind, ListFilter>>({
    memberships: emptyFilter('memberships'),
    registrations: emptyFilter('registrations'),
  });
  const signOut = useMutation({
    mutationFn: (everywhere: boolean) =>
      adminJson('/sign-out', {
        method: 'POST',
        body: { everywhere },
        csrfToken: session.csrfToken,
      }),
    onSettled: () => {
      forgetDesk(queryClient);
      // A fresh document: nothing of the desk stays in memory, and this entry becomes the
      // sign-in page, so Back cannot show the list again.
      window.location.replace(deskPaths.home());
    },
  });

  return (
    <>
      <div className="admin-bar">
        <p className="admin-bar__who">
          Signed in as <strong>{session.email}</strong>
        </p>
        <div className="admin-bar__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(false)}
          >
            Sign out
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(true)}
          >
            Sign out on every device
          </button>
        </div>
      </div>
      <nav className="admin-nav" aria-label="Membership desk">
        <ul className="admin-nav__list">
          <DeskLink to={deskPaths.list('memberships')}>Membership applications</DeskLink>
          <DeskLink to={deskPaths.list('registrations')}>Conference registrations</DeskLink>
          <DeskLink to={deskPaths.activity()}>Activity log</DeskLink>
        </ul>
      </nav>
      <DeskPage
        session={session}
        filters={filters}
        onFilter={(filter) => setFilters({ ...filters, [filter.kind]: filter })}
      />
    </>
  );
}

/** A link of the desk's navigation, marked as the current page on that page and below it. */
function DeskLink({ to, children }: { to: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const current = pathname === to || pathname.startsWith(`${to}/`);
  return (
    <li>
      <Link to={to} aria-current={current ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/**
 * The page for the rest of the address after /admin/. Matched here rather than with nested
 * <Routes>, which would add the router's route-building code to every page's bundle.
 */
function DeskPage({
  session,
  filters,
  onFilter,
}: {
  session: AdminSession;
  filters: Record<SubmissionKind, ListFilter>;
  onFilter: (filter: ListFilter) => void;
}) {
  const [first = '', reference, action, ...extra] = (useParams()['*'] ?? '')
    .split('/')
    .filter(Boolean);
  if (extra.length > 0) return <DeskNotFound />;
  if (first === '' && !reference) return <Navigate to={deskPaths.list('memberships')} replace />;
  if (first === 'activity' && !reference) return <AuditLogView />;
  if (!isKind(first)) return <DeskNotFound />;
  if (!reference) {
    return (
      <SubmissionList key={first} session={session} filter={filters[first]} onFilter={onFilter} />
    );
  }
  if (!action) return <SubmissionDetail session={session} kind={first} reference={reference} />;
  if (action === 'erase') {
    return <EraseRecords session={session} kind={first} reference={reference} />;
  }
  return <DeskNotFound />;
}

function DeskNotFound() {
  return (
    <>
      <title>Page not found – Membership secretary</title>
      <h1>Page not found</h1>
      <p>There is no such page on the membership desk.</p>
    </>
  );
}
