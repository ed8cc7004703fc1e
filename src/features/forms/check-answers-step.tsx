import { useLingui } from '@lingui/react';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { SendAnswersButton } from '../../components/form/send-answers-button.tsx';
import { SummaryList, type SummaryRow } from '../../components/form/summary-list.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { useIsClient } from '../../lib/use-is-client.ts';
import { readDraft } from './draft-storage.ts';
import { useFormPost } from './form-post.ts';
import { useOnline, useWhenOnline } from '../../lib/use-when-online.ts';
import { SubmissionProblem } from './submission-problem.tsx';
import { useDraftSending } from './use-send-answers.ts';

/** The three addresses of a form's journey. */
export type FormPaths = { form: string; checkAnswers: string; confirmation: string };

/** The form that carries the answers on to the send, and back for "Change", without JavaScript. */
const ANSWERS_FORM_ID = 'answers';

export type CheckAnswersStepProps<A> = {
  title: string;
  description: string;
  paths: FormPaths;
  /** The tab's draft, which holds the answers when JavaScript runs. */
  draftName: string;
  /** Where the answers are sent as JSON. */
  apiUrl: string;
  /** The saved answers checked by the form's schema (and the content), or null: back to the form. */
  check: (values: Record<string, unknown>) => A | null;
  /** What is sent to the API; by default the checked answers themselves. */
  body?: (answers: A) => object;
  /** The summary; `change(field)` is where its "Change" link goes. */
  rows: (answers: A, change: (field: string) => string) => SummaryRow[];
  /** The heading above the summary. */
  heading: ReactNode;
  send: { heading: string; declaration: string; label: string; sendingText: string };
  /** Shown instead when the server says nobody more can be accepted (an event closed or full). */
  closed?: (reason: 'closed' | 'full') => ReactNode;
};

/**
 * "Check your answers", the one flow of both signup forms. With JavaScript the answers come from
 * the tab's draft and are sent to the API; on a page the Node server rendered after a post
 * without JavaScript they come from the server, in signed hidden fields that the send button
 * (and each "Change") posts on.
 */
export function CheckAnswersStep<A>(props: CheckAnswersStepProps<A>) {
  const posted = useFormPost('check-answers');
  const isClient = useIsClient();
  const { _ } = useLingui();
  const { title, description } = props;
  let step: ReactNode;
  if (posted) step = <PostedAnswers {...props} posted={posted} />;
  else if (isClient) step = <DraftAnswers {...props} />;
  // The answers are in this tab's sessionStorage, which only the browser can read.
  else {
    step = (
      <>
        <PageMeta title={title} description={description} />
        <h1>{title}</h1>
        <p className="loading">{_('form.check.loading')}</p>
      </>
    );
  }
  return <article className="page">{step}</article>;
}

function DraftAnswers<A>(props: CheckAnswersStepProps<A>) {
  const {
    paths,
    draftName,
    apiUrl,
    check,
    closed,
    body = (answers: A) => answers as object,
  } = props;
  const navigate = useNavigate();
  const { _ } = useLingui();
  const [draft] = useState(() => readDraft(draftName));
  const answers = useMemo(() => (draft ? check(draft.values) : null), [check, draft]);
  const [refused, setRefused] = useState<'closed' | 'full' | null>(null);
  const { send: sendDraft, sending, problem } = useDraftSending(draftName);
  // Sent while offline: kept, and sent by itself (same answers, same key) once back online.
  const online = useOnline();
  const networkFailed = problem?.outcome.kind === 'failed' && problem.outcome.reason === 'network';
  useWhenOnline(networkFailed, () => void send());
  const waitingForNetwork = networkFailed && !online;

  if (refused && closed) return closed(refused);
  // Nothing to check (already sent, or never started) or something to fix: back to the form.
  if (!draft || answers === null) return <Navigate to={paths.form} replace />;

  async function send() {
    if (!draft || answers === null) return;
    const outcome = await sendDraft({ draft, url: apiUrl, answers: body(answers) });
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

  return (
    <Answers
      {...props}
      answers={answers}
      back={<Link to={paths.form}>{_('form.back')}</Link>}
      problem={
        <>
          {problem && (
            <SubmissionProblem
              outcome={problem.outcome}
              attempt={problem.attempt}
              onRetry={() => void send()}
              retrying={sending}
              formPath={paths.form}
            />
          )}
          <p className="form__note" role="status">
            {waitingForNetwork && _('form.check.offline')}
          </p>
        </>
      }
      sendButton={
        <SendAnswersButton
          action={paths.confirmation}
          onSend={() => void send()}
          sending={sending}
          sendingText={props.send.sendingText}
        >
          {props.send.label}
        </SendAnswersButton>
      }
    />
  );
}

function PostedAnswers<A>({
  posted,
  ...props
}: CheckAnswersStepProps<A> & {
  posted: NonNullable<ReturnType<typeof useFormPost<'check-answers'>>>;
}) {
  const { paths, check } = props;
  const { _ } = useLingui();
  // The server checked these answers before it rendered the page.
  const answers = check(posted.values);
  if (answers === null) return <Navigate to={paths.form} replace />;
  const backToForm = (
    <button
      type="submit"
      className="link-button"
      form={ANSWERS_FORM_ID}
      formAction={paths.form}
      formNoValidate
    >
      {_('form.back')}
    </button>
  );
  return (
    <Answers
      {...props}
      answers={answers}
      changeForm={ANSWERS_FORM_ID}
      back={backToForm}
      problem={
        posted.problem && (
          <SubmissionProblem
            outcome={posted.problem}
            attempt={1}
            retryForm={ANSWERS_FORM_ID}
            formPath={paths.form}
          />
        )
      }
      sendButton={
        <SendAnswersButton id={ANSWERS_FORM_ID} action={paths.confirmation} hidden={posted.hidden}>
          {props.send.label}
        </SendAnswersButton>
      }
    />
  );
}

function Answers<A>({
  title,
  description,
  paths,
  rows,
  heading,
  send,
  answers,
  back,
  problem,
  sendButton,
  changeForm,
}: CheckAnswersStepProps<A> & {
  answers: A;
  back: ReactNode;
  problem: ReactNode;
  sendButton: ReactNode;
  changeForm?: string;
}) {
  const change = (field: string) => `${paths.form}#${field}`;
  return (
    <>
      <PageMeta title={title} description={description} />
      <p className="back-link">{back}</p>
      <h1>{title}</h1>
      {problem}
      <h2>{heading}</h2>
      <SummaryList rows={rows(answers, change)} changeForm={changeForm} />
      <h2>{send.heading}</h2>
      <p>{send.declaration}</p>
      {sendButton}
    </>
  );
}
