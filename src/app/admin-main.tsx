import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AdminLayout, LeaveDesk } from '../features/admin/admin-layout.tsx';
import { deskPaths } from '../config/desk-paths.ts';
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
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
