import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import { eventPhase } from '../features/events/event-status.ts';
import { RegistrationClosed } from '../features/events/registration-closed.tsx';
import { registrationDraftName } from '../features/events/registration-draft.ts';
import { useRegistrationEvent } from '../features/events/registration-event.ts';
import { registrationPaths } from '../features/events/registration-paths.ts';
import { registrationSchema } from '../features/events/registration-schema.ts';
import { CheckAnswersStep } from '../features/forms/check-answers-step.tsx';
import { useNow } from '../lib/use-now.ts';
import { apiPaths } from '../config/paths.ts';
import { useFormat } from '../lib/use-format.ts';

export function EventRegisterCheckAnswersPage() {
  const event = useRegistrationEvent();
  const { _ } = useLingui();
  const format = useFormat();
  const check = useCallback(
    (values: Record<string, unknown>) => {
      const registration = registrationSchema.safeParse(values).data;
      const price = event.prices.find((candidate) => candidate.id === registration?.attendance);
      return registration && price ? { registration, price } : null;
    },
    [event],
  );

  const phase = eventPhase(event, useNow());
  if (phase !== 'upcoming') {
    return (
      <article className="page">
        <RegistrationClosed
          event={event}
          reason={phase === 'in-progress' ? 'started' : 'finished'}
        />
      </article>
    );
  }

  return (
    <CheckAnswersStep
      title={_('register.check.title')}
      description={_('register.check.description', { event: event.name })}
      paths={registrationPaths(event.slug)}
      draftName={registrationDraftName(event.slug)}
      apiUrl={apiPaths.registrations(event.slug)}
      check={check}
      body={({ registration }) => registration}
      rows={({ registration, price }, change) => [
        {
          key: _('form.field.fullName.label'),
          value: registration.fullName,
          change: change('fullName'),
        },
        { key: _('form.field.email.label'), value: registration.email, change: change('email') },
        {
          key: _('register.field.attendance.legend'),
          value: `${price.label} (${format.pence(price.pence)})`,
          change: change('attendance'),
        },
        {
          key: _('register.field.needs.label'),
          value: registration.needs || _('register.check.noNeeds'),
          change: change('needs'),
        },
      ]}
      heading={event.name}
      send={{
        heading: _('register.check.sendHeading'),
        declaration: _('register.check.declaration'),
        label: _('register.check.send'),
        sendingText: _('register.check.sending'),
      }}
      closed={(reason) => <RegistrationClosed event={event} reason={reason} />}
    />
  );
}

// The names the route table looks for (src/app/routes.tsx); the loader is the event page's.
export { loader } from './event.tsx';
export { EventRegisterCheckAnswersPage as Component };
