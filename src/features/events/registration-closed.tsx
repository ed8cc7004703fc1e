import { Trans, useLingui } from '@lingui/react';
import { Link } from 'react-router';
import { ContentText } from '../../components/content-language.tsx';
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
  // In the page the event's name is content: marked lang="en" on a Spanish page.
  const name = { event: <ContentText english={event.name} /> };
  return (
    <>
      <PageMeta title={`${title}: ${event.name}`} description={why} />
      <h1>{title}</h1>
      <p>
        <Trans id={WHY[reason]} values={name} />
      </p>
      <p>
        <Link to={registrationPaths(event.slug).event}>
          <Trans id="register.backToEvent" values={name} />
        </Link>
      </p>
    </>
  );
}
