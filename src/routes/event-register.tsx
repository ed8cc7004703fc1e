import { Trans, useLingui } from '@lingui/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageMeta } from '../components/page-meta.tsx';
import { eventPhase } from '../features/events/event-status.ts';
import { RegistrationClosed } from '../features/events/registration-closed.tsx';
import { useRegistrationEvent } from '../features/events/registration-event.ts';
import { EventFacts } from '../features/events/event-facts.tsx';
import { RegistrationForm } from '../features/events/registration-form.tsx';
import { registrationPaths } from '../features/events/registration-paths.ts';
import { useFormPost, useHasPostedErrors } from '../features/forms/form-post.ts';
import { withErrorPrefix } from '../components/form/error-title.ts';
import { useNow } from '../lib/use-now.ts';
import { useFormat } from '../lib/use-format.ts';
import { ContentText } from '../components/content-language.tsx';

/** /events/:slug/register — the registration form, or why registration is closed. */
export function EventRegisterPage() {
  const event = useRegistrationEvent();
  const navigate = useNavigate();
  const { _ } = useLingui();
  const format = useFormat();
  const [hasErrors, setHasErrors] = useState(useHasPostedErrors());
  // Without JavaScript, the server's answer to a send: the event filled up or closed meanwhile.
  const refused = useFormPost('closed');
  // useNow, not now(): the page is prerendered, and hydration must start from the same time.
  const phase = eventPhase(event, useNow());
  const paths = registrationPaths(event.slug);

  if (phase !== 'upcoming' || refused) {
    return (
      <article className="page">
        <RegistrationClosed
          event={event}
          reason={refused?.reason ?? (phase === 'in-progress' ? 'started' : 'finished')}
        />
      </article>
    );
  }

  return (
    <article className="page">
      <PageMeta
        title={withErrorPrefix(_, hasErrors, _('register.title', { event: event.name }))}
        description={_('register.description', {
          event: event.name,
          day: format.londonDay(event.start),
        })}
      />
      <p className="back-link">
        <Link to={paths.event}>{_('register.backToTheEvent')}</Link>
      </p>
      <h1>
        <Trans id="register.title" values={{ event: <ContentText english={event.name} /> }} />
      </h1>
      <EventFacts event={event} />
      <p>{_('register.intro')}</p>
      <RegistrationForm
        event={event}
        onComplete={() => void navigate(paths.checkAnswers)}
        onErrorsChange={setHasErrors}
      />
    </article>
  );
}

// The names the route table looks for (src/app/routes.tsx); the loader is the event page's.
export { loader } from './event.tsx';
export { EventRegisterPage as Component };
