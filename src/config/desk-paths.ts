/**
 * The membership secretary's desk: an app of its own (a second Vite entry, DESK_FILE), never
 * prerendered and never in the sitemap; the server hands out DESK_FILE for every address under
 * /admin. Its addresses are the desk's own business, built here so none is written twice. A
 * module of its own, not a part of paths.ts: a module both entries import is shared by the
 * public bundle, every export either uses included, so the desk's addresses would be in it.
 */
export type DeskKind = 'memberships' | 'registrations';
export const DESK_FILE = 'admin.html';
export const DESK_PATTERN = /^\/admin(?:\/.*)?$/;
export const deskPaths = {
  home: () => '/admin',
  list: (kind: DeskKind) => `/admin/${kind}`,
  item: (kind: DeskKind, reference: string) => `/admin/${kind}/${encodeURIComponent(reference)}`,
  erase: (kind: DeskKind, reference: string) =>
    `/admin/${kind}/${encodeURIComponent(reference)}/erase`,
  activity: () => '/admin/activity',
} as const;

/** The desk's API (server/admin), under which its session cookie lives. */
export const DESK_API = '/api/admin';
