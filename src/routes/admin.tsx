import { AdminDesk } from '../features/admin/admin-desk.tsx';

/** /admin and everything under it: the membership secretary's desk (never prerendered). */
export function AdminPage() {
  return <AdminDesk />;
}
