import { useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { PageMeta } from '../../components/page-meta.tsx';
import type { PsgEvent } from './event-schema.ts';
import { registrationPaths } from './registration-paths.ts';

export type ClosedReason = 'started' | 'finished' | 'closed' | 'full';

/** Message IDs, each with the event's name as `{event}`. */
const WHY: Record<ClosedReason, string> = {
  started: 'register.closed.started',
  finished: 'register.closed.finished',
  closed: 'register.closed.closed',
  full: 'register.closed.full',
};

/** Shown instead of the registration form once nobody more can register. */
export function RegistrationClosed({ event, reason }: { event: PsgEvent; reason: ClosedReason }) {
  const { _ } = useLingui();
  const title = reason === 'full' ? _('register.full.title') : _('register.closed.title');
  const why = _(WHY[reason], { event: event.name });
  return (
    <>
      <PageMeta title={`${title}: ${event.name}`} description={why} />
      <h1>{title}</h1>
      <p>{why}</p>
      <p>
        <Link to={registrationPaths(event.slug).event}>
          {_('register.backToEvent', { event: event.name })}
        </Link>
      </p>
    </>
  );
}
