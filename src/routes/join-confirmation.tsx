import { Link, Navigate, useLocation } from 'react-router';
import { z } from 'zod';
import { ConfirmationPanel } from '../components/form/confirmation-panel.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { JOIN_PATHS } from './join.tsx';

/** Set by "Check your answers" when the server has stored the application. */
const confirmationStateSchema = z.object({ reference: z.string().min(1) });

export function JoinConfirmationPage() {
  const state = confirmationStateSchema.safeParse(useLocation().state);
  // Opened without sending (a bookmark, a new tab): there is nothing to confirm.
  if (!state.success) return <Navigate to={JOIN_PATHS.form} replace />;

  return (
    <article className="page">
      <PageMeta
        title="Application sent"
        description="Your membership application has reached the Peru Support Group."
      />
      <ConfirmationPanel title="Application sent" reference={state.data.reference} />
      <h2>What happens next</h2>
      <p>
        The membership secretary will contact you to confirm your membership fee and how to pay. You
        have not paid anything yet.
      </p>
      <p>Quote your reference number if you need to ask about your application.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </article>
  );
}

// The name the route table looks for (src/app/routes.tsx).
export { JoinConfirmationPage as Component };
