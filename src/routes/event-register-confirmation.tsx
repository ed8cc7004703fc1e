import { useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import { ConfirmationPanel } from '../components/form/confirmation-panel.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { calendarDataUrl, eventCalendarFile } from '../features/events/event-ics.ts';
import { useRegistrationEvent } from '../features/events/registration-event.ts';
import { EventFacts } from '../features/events/event-facts.tsx';
import { registrationPaths } from '../features/events/registration-paths.ts';
import { useConfirmationReference } from '../features/forms/use-confirmation-reference.ts';
import { useFormat } from '../lib/use-format.ts';
import { useIsClient } from '../lib/use-is-client.ts';

export function EventRegisterConfirmationPage() {
  const event = useRegistrationEvent();
  const reference = useConfirmationReference();
  const isClient = useIsClient();
  const { _ } = useLingui();
  const format = useFormat();
  const paths = registrationPaths(event.slug);

  // Built in the browser, where the site's own address is known.
  const calendarHref = useMemo(
    () =>
      isClient && reference
        ? calendarDataUrl(
            eventCalendarFile(event, {
              referenceLine: _('register.calendar.reference', { reference }),
              origin: window.location.origin,
            }),
          )
        : null,
    [_, event, isClient, reference],
  );

  // Opened without registering (a bookmark, a new tab): there is nothing to confirm.
  if (!reference) return <Navigate to={paths.form} replace />;

  return (
    <article className="page">
      <PageMeta
        title={_('register.confirmation.title')}
        description={_('register.confirmation.description', { event: event.name })}
      />
      <ConfirmationPanel title={_('register.confirmation.title')} reference={reference} />
      <h2>{_('form.confirmation.next')}</h2>
      <p>
        {_('register.confirmation.body', {
          event: event.name,
          day: format.londonDay(event.start),
        })}
      </p>
      <EventFacts event={event} />
      {calendarHref && (
        <p>
          <a
            className="button button--secondary"
            href={calendarHref}
            download={`${event.slug}.ics`}
          >
            {_('event.addToCalendar')}
          </a>
        </p>
      )}
      <p>{_('register.confirmation.quote')}</p>
      <p>
        <Link to={paths.event}>{_('register.backToEvent', { event: event.name })}</Link>
      </p>
    </article>
  );
}

// The names the route table looks for (src/app/routes.tsx); the loader is the event page's.
export { loader } from './event.tsx';
export { EventRegisterConfirmationPage as Component };
