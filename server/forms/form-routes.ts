import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FormPost, PostedValues } from '../../src/features/forms/form-post.ts';
import { outcomeOf } from '../../src/features/forms/post-answers.ts';
import type { RateLimitSetting } from '../api/api-routes.ts';
import type { ContentFiles } from '../content-files.ts';
import { localeOfPath, LOCALES, type Locale } from '../../src/config/locales.ts';
import { apiInLocale, inLocale } from '../../src/config/paths.ts';
import { API_BODY_LIMIT_BYTES } from '../http-errors.ts';
import { translateErrors, translator } from '../messages.ts';
import type { FormPaths } from '../../src/features/forms/check-answers-step.tsx';
import { FORM_DEFINITIONS, type FormDefinition, type FormParams } from './form-definitions.ts';
import { createFormPageRenderer } from './render-form-page.ts';
import { createAnswerSigner, readAnswers, type Answers } from './signed-answers.ts';

export type FormRoutesOptions = {
  distDir: string;
  contentDir: string;
  content: ContentFiles;
  now: () => Date;
  rateLimit: RateLimitSetting;
  /** Signs the answers on "Check your answers" and the reference cookie. */
  secret: string;
};

/** The confirmation shows the reference for this long after the send (reloads included). */
const REFERENCE_COOKIE_SECONDS = 30 * 60;
const REFERENCE_COOKIE = 'psg-reference';

/** Message IDs (src/locales), worded in the language of the page the form came from. */
export const EXPIRED_MESSAGE = 'server.form.expired';
export const TOO_LARGE_MESSAGE = 'server.form.tooLarge';
const TOO_MANY_MESSAGE = 'server.form.tooMany';
const UNREADABLE_MESSAGE = 'server.form.unreadable';
const SERVER_ERROR = 'server.form.serverError';

/**
 * The signup forms without JavaScript, on the Node server. The prerendered forms post here
 * (urlencoded, never GET); the answers are checked with the same schemas and the pages rendered
 * with the same React components, each step a page of plain HTML:
 *
 * - POST <form>/check-answers: the form again with its messages, or "Check your answers", which
 *   carries the answers on in hidden fields signed with the server's secret.
 * - POST <form>/confirmation: stores the answers through the form API itself (so idempotency,
 *   "closed" and "full" are decided in one place), then 303 to the confirmation, whose
 *   reference travels in a short-lived signed cookie, never in the address.
 * - POST <form>: "Back" and "Change": the form with the answers.
 * - GET <form>/confirmation with that cookie: the confirmation.
 */
export async function formRoutes(app: FastifyInstance, options: FormRoutesOptions): Promise<void> {
  const { content, now } = options;
  const signer = createAnswerSigner(options.secret);
  const render = createFormPageRenderer(options.distDir, options.contentDir, now);

  await app.register(cookie, { secret: options.secret });
  // The same limit as the API's JSON; @fastify/formbody reads only this context's routes.
  await app.register(formbody, { bodyLimit: API_BODY_LIMIT_BYTES });
  if (options.rateLimit) {
    await app.register(rateLimit, {
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.timeWindow ?? '1 minute',
    });
  }

  async function sendPage(
    reply: FastifyReply,
    status: number,
    url: string,
    formPost: FormPost | null,
  ): Promise<FastifyReply> {
    const html = await render(url, formPost);
    return (
      reply
        .code(status)
        // Answers are in the page: never keep it in a shared cache.
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(html)
    );
  }

  // Every problem becomes a page with the message where the answers would be, never JSON or a
  // blank 500: too large a body, too many posts, a cross-site post, a malformed body.
  app.setErrorHandler(async (error: Partial<FastifyError>, request, reply) => {
    const statusCode = error.statusCode ?? 500;
    if (statusCode >= 500 || statusCode < 400) request.log.error({ err: error }, 'form failed');
    // In the language of the page the form was on: its address says (/es/join/...).
    const translate = await translator(localeOfPath(request.url));
    const message =
      statusCode >= 500
        ? translate(SERVER_ERROR)
        : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? translate(TOO_LARGE_MESSAGE, { size: API_BODY_LIMIT_BYTES / 1024 })
          : statusCode === 429
            ? translate(TOO_MANY_MESSAGE)
            : translate(error.message ?? UNREADABLE_MESSAGE);
    try {
      return await sendPage(reply, statusCode >= 400 ? statusCode : 500, formPathOf(request.url), {
        step: 'form',
        values: {},
        errors: { fieldErrors: {}, formErrors: [message] },
      });
    } catch (renderError) {
      request.log.error({ err: renderError }, 'form error page failed');
      return reply.code(500).type('text/plain; charset=utf-8').send(message);
    }
  });

  // Each form at its address in every language (/join, /es/join): the pages and messages the
  // server answers with are in the language of the page the form was posted from.
  for (const form of FORM_DEFINITIONS) {
    for (const locale of LOCALES) registerForm(app, form, locale);
  }

  function registerForm(app: FastifyInstance, form: FormDefinition, locale: Locale) {
    type Route = { Params: FormParams; Body: unknown };
    const route = inLocale(form.route, locale);
    /** The form's pages in this language (the signed answers keep the English form's path). */
    const pagesOf = (params: FormParams): FormPaths => {
      const english = form.paths(params);
      return {
        form: inLocale(english.form, locale),
        checkAnswers: inLocale(english.checkAnswers, locale),
        confirmation: inLocale(english.confirmation, locale),
      };
    };

    /** The form is not there (no such event) or takes no more answers: say so, keep nothing. */
    async function unavailable(
      request: FastifyRequest<Route>,
      reply: FastifyReply,
    ): Promise<FastifyReply | null> {
      const availability = form.availability(request.params, content, now());
      if (availability === 'open') return null;
      if (availability === 'not-found') {
        reply.callNotFound();
        return reply;
      }
      // The page itself shows "Registration is closed" at the server's time.
      return sendPage(reply, 409, pagesOf(request.params).form, null);
    }

    // "Back" or "Change" on "Check your answers": the form with every answer.
    app.post<Route>(route, async (request, reply) => {
      const values = readAnswers(request.body) ?? readFormFields(form, request.body);
      return sendPage(reply, 200, pagesOf(request.params).form, {
        step: 'form',
        values,
        errors: null,
      });
    });

    app.post<Route>(`${route}/check-answers`, async (request, reply) => {
      const closed = await unavailable(request, reply);
      if (closed) return closed;
      const paths = pagesOf(request.params);
      const values = readFormFields(form, request.body);
      // Checked as typed, as the browser's script checks them (an empty box is ''), then sent
      // without the empty optional boxes, as the script sends them.
      const checked = form.validate(values as Answers, request.params, content);
      const answers = apiAnswers(values);
      if (checked) {
        const errors = await translateErrors(checked, locale);
        return sendPage(reply, 422, paths.form, {
          step: 'form',
          values,
          errors: {
            fieldErrors: definedMessages(errors.fieldErrors),
            formErrors: errors.formErrors,
          },
        });
      }
      return sendPage(reply, 200, paths.checkAnswers, {
        step: 'check-answers',
        values: answers,
        hidden: signer.sign(form.paths(request.params).form, answers, now()),
        problem: null,
      });
    });

    app.post<Route>(`${route}/confirmation`, async (request, reply) => {
      const paths = pagesOf(request.params);
      const verified = signer.verify(form.paths(request.params).form, request.body, now());
      if (!verified.ok) {
        const translate = await translator(locale);
        return sendPage(reply, 400, paths.form, {
          step: 'form',
          values: verified.answers ?? {},
          errors: { fieldErrors: {}, formErrors: [translate(EXPIRED_MESSAGE)] },
        });
      }
      const { answers, idempotencyKey } = verified;
      // Through the API itself, in process: one place decides what is stored, and a resent form
      // (same key, same answers) is answered from its first record instead of stored twice.
      const response = await app.inject({
        method: 'POST',
        // The API words its messages in this page's language.
        url: apiInLocale(form.apiUrl(request.params), locale),
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        payload: JSON.stringify(answers),
        remoteAddress: request.ip,
      });
      const outcome = outcomeOf(response.statusCode, safeJson(response.body));
      switch (outcome.kind) {
        case 'created':
          return reply
            .setCookie(REFERENCE_COOKIE, outcome.reference, {
              path: paths.confirmation,
              httpOnly: true,
              sameSite: 'lax',
              secure: request.protocol === 'https',
              maxAge: REFERENCE_COOKIE_SECONDS,
              signed: true,
            })
            .redirect(paths.confirmation, 303);
        case 'invalid':
          return sendPage(reply, 422, paths.form, {
            step: 'form',
            values: answers,
            errors: {
              fieldErrors: definedMessages(outcome.fieldErrors),
              formErrors: outcome.formErrors,
            },
          });
        case 'conflict':
          return sendPage(reply, 409, paths.form, { step: 'closed', reason: outcome.reason });
        default:
          // Not sent: the same page, saying why, with "Try again" (the same signed answers).
          return sendPage(
            reply,
            response.statusCode >= 400 ? response.statusCode : 502,
            paths.checkAnswers,
            {
              step: 'check-answers',
              values: answers,
              hidden: verified.hidden,
              problem: outcome,
            },
          );
      }
    });

    app.get<Route>(`${route}/confirmation`, async (request, reply) => {
      const raw = request.cookies[REFERENCE_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      // No cookie: the browser's own confirmation step (the app shell) handles it.
      if (!unsigned?.valid || !unsigned.value) {
        reply.callNotFound();
        return reply;
      }
      return sendPage(reply, 200, pagesOf(request.params).confirmation, {
        step: 'confirmation',
        reference: unsigned.value,
      });
    });
  }
}

/** The form a failed post belongs to: its own address without the step. */
function formPathOf(url: string): string {
  return (url.split('?')[0] ?? '/').replace(/\/(?:check-answers|confirmation)\/?$/, '') || '/';
}

/** The form's questions from a urlencoded body; anything else in the body is ignored. */
function readFormFields(form: FormDefinition, body: unknown): PostedValues {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const values: PostedValues = {};
  for (const name of form.textFields) {
    const value = fields[name];
    // A repeated field arrives as a list: take the first, as a browser form would send one.
    const first = Array.isArray(value) ? (value as unknown[])[0] : value;
    values[name] = typeof first === 'string' ? first : '';
  }
  for (const name of form.checkboxFields) {
    // A ticked box sends its value ("on"); an unticked one sends nothing.
    values[name] = fields[name] !== undefined && fields[name] !== '';
  }
  return values;
}

/** The answers as the API takes them: empty optional boxes left out, as the browser sends them. */
function apiAnswers(values: PostedValues): Answers {
  const answers: Answers = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') answers[name] = value;
  }
  return answers;
}

function definedMessages(fieldErrors: Partial<Record<string, string[]>>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => Boolean(entry[1])),
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
