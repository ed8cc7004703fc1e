import { useLingui } from '@lingui/react';

/** The green panel at the top of a confirmation page: what happened and the reference number. */
export function ConfirmationPanel({ title, reference }: { title: string; reference: string }) {
  const { _ } = useLingui();
  return (
    <div className="confirmation-panel">
      <h1 className="confirmation-panel__title">{title}</h1>
      <p className="confirmation-panel__body">
        {_('form.confirmation.reference')}
        <br />
        <strong className="confirmation-panel__reference">{reference}</strong>
      </p>
    </div>
  );
}
