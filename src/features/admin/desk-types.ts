/**
 * What the desk's API answers with, shared by the server (server/admin/desk-store.ts) and the
 * desk in the browser, so the two cannot drift. Types only: nothing here reaches a bundle.
 */
export type SubmissionKind = 'memberships' | 'registrations';
export type ReviewStatus = 'new' | 'processed';
export type StatusFilter = ReviewStatus | 'all';

export type ListFilter = {
  kind: SubmissionKind;
  page: number;
  /** Part of a name or an email address; empty for all. */
  query: string;
  status: StatusFilter;
  /** Registrations only: one event's slug, or empty for all. */
  event: string;
};

type Review = { processedAt: string | null; processedBy: string | null };

export type ListItem = Review & {
  reference: string;
  submittedAt: string;
  fullName: string;
  email: string;
  eventSlug: string | null;
};

export type SubmissionDetail = ListItem & {
  kind: SubmissionKind;
  /** Every stored answer, labelled as in the CSV export. */
  fields: { label: string; value: string }[];
};
