import { I18nProvider } from '@lingui/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AdminLayout, LeaveDesk } from '../features/admin/admin-layout.tsx';
import { deskPaths } from '../config/desk-paths.ts';
import { loadI18n } from '../lib/i18n.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { AdminPage } from '../routes/admin.tsx';
import './admin-styles.css';

/**
 * The membership desk's own entry (admin.html, served for /admin and below): a separate app, so
 * not one byte of it, nor even its name, is in the public pages' bundle. Never prerendered.
 */
const container = document.getElementById('root');
if (!container) throw new Error('admin.html has no #root element');
const router = createBrowserRouter([
  {
    Component: AdminLayout,
    children: [
      { path: `${deskPaths.home()}/*`, Component: AdminPage },
      { path: '*', Component: LeaveDesk },
    ],
  },
]);
// The desk is English only; the form fields it shares with the site take their words from the
// English catalog. No top-level await: one in any module of the build turns off Rolldown's chunk
// optimizations for every page (the home page then loads ten more small chunks).
void loadI18n('en').then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <QueryClientProvider client={createQueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  );
});
