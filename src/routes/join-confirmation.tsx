import { Link, Navigate } from 'react-router';
import { ConfirmationPanel } from '../components/form/confirmation-panel.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { useConfirmationReference } from '../features/forms/use-confirmation-reference.ts';
import { JOIN_PATHS } from '../features/membership/membership-paths.ts';

export function JoinConfirmationPage() {
  const reference = useConfirmationReference();
  // Opened without sending (a bookmark, a new tab): there is nothing to confirm.
  if (!reference) return <Navigate to={JOIN_PATHS.form} replace />;

  return (
    <article className="page">
      <PageMeta
        title="Application sent"
        description="Your membership application has reached the Peru Support Group."
      />
      <ConfirmationPanel title="Application sent" reference={reference} />
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
