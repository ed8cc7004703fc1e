import type { z } from 'zod';
import { apiPaths, PAGES } from '../../src/config/paths.ts';
import { eventPhase } from '../../src/features/events/event-status.ts';
import { REGISTRATION_FIELDS } from '../../src/features/events/registration-draft.ts';
import { registrationPaths } from '../../src/features/events/registration-paths.ts';
import { registrationSchema } from '../../src/features/events/registration-schema.ts';
import type { FormPaths } from '../../src/features/forms/check-answers-step.tsx';
import { membershipApplicationSchema } from '../../src/features/membership/membership-application-schema.ts';
import { MEMBERSHIP_FIELDS } from '../../src/features/membership/membership-draft.ts';
import { JOIN_PATHS } from '../../src/features/membership/membership-paths.ts';
import { validationErrors, type ValidationErrors } from '../api/api-responses.ts';
import { UNKNOWN_MEMBERSHIP_TYPE_MESSAGE } from '../api/membership-route.ts';
import { UNKNOWN_ATTENDANCE_MESSAGE } from '../api/registration-route.ts';
import type { ContentFiles } from '../content-files.ts';
import type { Answers } from './signed-answers.ts';

export type FormParams = { slug?: string };

/** Whether a form takes answers at all right now. */
export type Availability = 'open' | 'not-found' | 'closed';

/** One signup form as the server handles it when it is posted without JavaScript. */
export type FormDefinition = {
  /** The form page's route pattern (Fastify syntax). */
  route: string;
  paths: (params: FormParams) => FormPaths;
  /** The API endpoint that stores the answers (the same one the browser's script posts to). */
  apiUrl: (params: FormParams) => string;
  /** Questions answered with text (in page order), then the tick boxes. */
  textFields: readonly string[];
  checkboxFields: readonly string[];
  availability: (params: FormParams, content: ContentFiles, now: Date) => Availability;
  /** The schema's checks plus the content's (a type or price on offer); null when all is well. */
  validate: (
    answers: Answers,
    params: FormParams,
    content: ContentFiles,
  ) => ValidationErrors | null;
};

/** The honeypot: posted like any other box, so a bot that fills it is still recognised. */
const HONEYPOT = 'website';

function check(
  schema: z.ZodType,
  answers: Answers,
  contentErrors: Partial<Record<string, string>>,
): ValidationErrors | null {
  const result = schema.safeParse(answers);
  if (result.success && Object.keys(contentErrors).length === 0) return null;
  return validationErrors(result.error, contentErrors);
}

const membership: FormDefinition = {
  route: JOIN_PATHS.form,
  paths: () => JOIN_PATHS,
  apiUrl: () => apiPaths.memberships,
  textFields: [...MEMBERSHIP_FIELDS.filter((f) => f !== 'newsletter' && f !== 'giftAid'), HONEYPOT],
  checkboxFields: ['newsletter', 'giftAid'],
  availability: () => 'open',
  validate(answers, _params, content) {
    const chosen = answers.membershipType;
    const offered = content.membership().types.some(({ id }) => id === chosen);
    // A missing choice is the schema's to report; one the content does not offer is ours.
    const contentErrors =
      typeof chosen === 'string' && !offered
        ? { membershipType: UNKNOWN_MEMBERSHIP_TYPE_MESSAGE }
        : {};
    return check(membershipApplicationSchema, answers, contentErrors);
  },
};

const registration: FormDefinition = {
  route: PAGES.eventRegister,
  paths: ({ slug = '' }) => registrationPaths(slug),
  apiUrl: ({ slug = '' }) => apiPaths.registrations(slug),
  textFields: [...REGISTRATION_FIELDS, HONEYPOT],
  checkboxFields: [],
  availability({ slug }, content, now) {
    const event = content.events().find((candidate) => candidate.slug === slug);
    if (!event) return 'not-found';
    return eventPhase(event, now) === 'upcoming' ? 'open' : 'closed';
  },
  validate(answers, { slug }, content) {
    const event = content.events().find((candidate) => candidate.slug === slug);
    const chosen = answers.attendance;
    const offered = event?.prices.some(({ id }) => id === chosen) ?? false;
    const contentErrors =
      typeof chosen === 'string' && !offered ? { attendance: UNKNOWN_ATTENDANCE_MESSAGE } : {};
    return check(registrationSchema, answers, contentErrors);
  },
};

export const FORM_DEFINITIONS = [membership, registration] as const;
