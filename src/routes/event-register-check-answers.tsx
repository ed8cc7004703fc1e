import { useMemo, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { readDraft } from '../components/form/form-draft.ts';
import { SendAnswersButton } from '../components/form/send-answers-button.tsx';
import { CheckAnswersTop } from '../components/form/check-answers-top.tsx';
import { SummaryList } from '../components/form/summary-list.tsx';
import { useIsClient } from '../components/form/use-is-client.ts';
import { useDraftSubmission } from '../components/form/use-submission.ts';
import { PageMeta } from '../components/page-meta.tsx';
import type { PsgEvent } from '../features/events/event-schema.ts';
import { eventPhase } from '../features/events/event-status.ts';
import { RegistrationClosed, type ClosedReason } from '../features/events/registration-closed.tsx';
import { registrationDraftName } from '../features/events/registration-draft.ts';
import { useRegistrationEvent } from '../features/events/registration-event.ts';
import { registrationPaths } from '../features/events/registration-paths.ts';
import { registrationSchema } from '../features/events/registration-schema.ts';
import { now } from '../lib/clock.ts';
import { formatPence } from '../lib/money.ts';

const TITLE = 'Check your answers before registering';

export function EventRegisterCheckAnswersPage() {
  const event = useRegistrationEvent();
  const isClient = useIsClient();
  return (
    <article className="page">
      {/* The answers are in this tab's sessionStorage, which only the browser can read. */}
      {isClient ? (
        <CheckAnswers event={event} />
      ) : (
        <>
          <PageMeta title={TITLE} description={`Check your registration for ${event.name}.`} />
          <h1>{TITLE}</h1>
          <p className="loading">Loading your answers…</p>
        </>
      )}
    </article>
  );
}

function CheckAnswers({ event }: { event: PsgEvent }) {
  const navigate = useNavigate();
  const paths = registrationPaths(event.slug);
  const draftName = registrationDraftName(event.slug);
  const [draft] = useState(() => readDraft(draftName));
  const parsed = useMemo(
    () => (draft ? registrationSchema.safeParse(draft.values) : null),
    [draft],
  );
  const [refused, setRefused] = useState<ClosedReason | null>(null);
  const { send: sendDraft, sending, problem } = useDraftSubmission(draftName);

  const phase = eventPhase(event, now());
  if (phase !== 'upcoming') {
    return (
      <RegistrationClosed event={event} reason={phase === 'in-progress' ? 'started' : 'finished'} />
    );
  }
  if (refused) return <RegistrationClosed event={event} reason={refused} />;

  const registration = parsed?.success ? parsed.data : null;
  const price = event.prices.find((candidate) => candidate.id === registration?.attendance);
  // Nothing to check (already sent, or never started) or something to fix: back to the form.
  if (!draft || !registration || !price) return <Navigate to={paths.form} replace />;

  async function send() {
    if (!draft || !registration) return;
    const outcome = await sendDraft({
      draft,
      url: `/api/events/${event.slug}/registrations`,
      answers: registration,
    });
    if (outcome?.kind === 'created') {
      // Replace, so Back from the confirmation does not come back to send the answers again.
      await navigate(paths.confirmation, {
        replace: true,
        state: { reference: outcome.reference },
      });
    } else if (outcome?.kind === 'invalid') {
      await navigate(paths.form);
    } else if (outcome?.kind === 'conflict') {
      setRefused(outcome.reason);
    }
  }

  const change = (field: string) => ({ pathname: paths.form, hash: field });

  return (
    <>
      <PageMeta title={TITLE} description={`Check your registration for ${event.name}.`} />
      <CheckAnswersTop
        title={TITLE}
        formPath={paths.form}
        problem={problem}
        onRetry={() => void send()}
        retrying={sending}
      />
      <h2>{event.name}</h2>
      <SummaryList
        rows={[
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
      />
      <h2>Now register</h2>
      <p>
        By registering you confirm that, to the best of your knowledge, the details you have given
        are correct.
      </p>
      <SendAnswersButton
        onSend={() => void send()}
        sending={sending}
        sendingText="Registering you…"
      >
        Register
      </SendAnswersButton>
    </>
  );
}

// The names the route table looks for (src/app/routes.tsx); the loader is the event page's.
export { loader } from './event.tsx';
export { EventRegisterCheckAnswersPage as Component };
