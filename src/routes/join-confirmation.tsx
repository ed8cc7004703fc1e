import { useLingui } from '@lingui/react';
import { Link, Navigate } from 'react-router';
import { ConfirmationPanel } from '../components/form/confirmation-panel.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../config/paths.ts';
import { useConfirmationReference } from '../features/forms/use-confirmation-reference.ts';
import { JOIN_PATHS } from '../features/membership/membership-paths.ts';

export function JoinConfirmationPage() {
  const reference = useConfirmationReference();
  const { _ } = useLingui();
  // Opened without sending (a bookmark, a new tab): there is nothing to confirm.
  if (!reference) return <Navigate to={JOIN_PATHS.form} replace />;

  return (
    <article className="page">
      <PageMeta
        title={_('join.confirmation.title')}
        description={_('join.confirmation.description')}
      />
      <ConfirmationPanel title={_('join.confirmation.title')} reference={reference} />
      <h2>{_('form.confirmation.next')}</h2>
      <p>{_('join.confirmation.body')}</p>
      <p>{_('join.confirmation.quote')}</p>
      <p>
        <Link to={paths.home()}>{_('join.confirmation.home')}</Link>
      </p>
    </article>
  );
}

// The name the route table looks for (src/app/routes.tsx).
export { JoinConfirmationPage as Component };
