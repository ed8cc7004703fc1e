import { Link } from 'react-router';
import { PageMeta } from '../../components/page-meta.tsx';
import type { PsgEvent } from './event-schema.ts';
import { registrationPaths } from './registration-paths.ts';

export type ClosedReason = 'started' | 'finished' | 'closed' | 'full';

const WHY: Record<ClosedReason, (name: string) => string> = {
  started: (name) => `Registration closed when ${name} started.`,
  finished: (name) => `${name} has finished.`,
  closed: (name) => `Registration for ${name} has closed.`,
  full: (name) => `All the places at ${name} have been taken, so we could not register you.`,
};

/** Shown instead of the registration form once nobody more can register. */
export function RegistrationClosed({ event, reason }: { event: PsgEvent; reason: ClosedReason }) {
  const title = reason === 'full' ? 'This event is full' : 'Registration is closed';
  return (
    <>
      <PageMeta title={`${title}: ${event.name}`} description={WHY[reason](event.name)} />
      <h1>{title}</h1>
      <p>{WHY[reason](event.name)}</p>
      <p>
        <Link to={registrationPaths(event.slug).event}>Back to {event.name}</Link>
      </p>
    </>
  );
}
