import { z } from 'zod';

/** Where an unsent registration is kept, one per event (see components/form/form-draft.ts). */
export function registrationDraftName(slug: string): string {
  return `registration:${slug}`;
}

/** The form's questions in page order; each name is also its control's id. */
export const REGISTRATION_FIELDS = ['fullName', 'email', 'attendance', 'needs'] as const;

const text = z.string().catch('');

/** A saved draft read back tolerantly: anything missing or odd starts empty. */
const draftValuesSchema = z.object({
  fullName: text,
  email: text,
  attendance: z.string().optional().catch(undefined),
  needs: text,
  website: text,
});

export type RegistrationDraftValues = z.infer<typeof draftValuesSchema>;

export function registrationDraftValues(raw: Record<string, unknown>): RegistrationDraftValues {
  return draftValuesSchema.parse(raw);
}
