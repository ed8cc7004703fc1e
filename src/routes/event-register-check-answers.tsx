import { useCallback } from 'react';
import { eventPhase } from '../features/events/event-status.ts';
import { RegistrationClosed } from '../features/events/registration-closed.tsx';
import { registrationDraftName } from '../features/events/registration-draft.ts';
import { useRegistrationEvent } from '../features/events/registration-event.ts';
import { registrationPaths } from '../features/events/registration-paths.ts';
import { registrationSchema } from '../features/events/registration-schema.ts';
import { CheckAnswersStep } from '../features/forms/check-answers-step.tsx';
import { useNow } from '../lib/use-now.ts';
import { formatPence } from '../lib/money.ts';
import { apiPaths } from '../config/paths.ts';

export function EventRegisterCheckAnswersPage() {
  const event = useRegistrationEvent();
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
      title="Check your answers before registering"
      description={`Check your registration for ${event.name}.`}
      paths={registrationPaths(event.slug)}
      draftName={registrationDraftName(event.slug)}
      apiUrl={apiPaths.registrations(event.slug)}
      check={check}
      body={({ registration }) => registration}
      rows={({ registration, price }, change) => [
        { key: 'Full name', value: registration.fullName, change: change('fullName') },
        { key: 'Email address', value: registration.email, change: change('email') },
        {
          key: 'Attending as',
          value: `${price.label} (${formatPence(price.pence)})`,
          change: change('attendance'),
        },
        {
          key: 'Access or dietary needs',
          value: registration.needs || 'None',
          change: change('needs'),
        },
      ]}
      heading={event.name}
      send={{
        heading: 'Now register',
        declaration:
          'By registering you confirm that, to the best of your knowledge, the details you have given are correct.',
        label: 'Register',
        sendingText: 'Registering you…',
      }}
      closed={(reason) => <RegistrationClosed event={event} reason={reason} />}
    />
  );
}

// The names the route table looks for (src/app/routes.tsx); the loader is the event page's.
export { loader } from './event.tsx';
export { EventRegisterCheckAnswersPage as Component };
