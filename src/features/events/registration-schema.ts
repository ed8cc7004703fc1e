import { z } from 'zod';
import { emailField, fullNameField, honeypotField, multiLineText } from '../../lib/form-fields.ts';

/** Conference registration. `attendance` is a price id of the event (member, concession, …). */
export const registrationSchema = z.strictObject({
  fullName: fullNameField,
  email: emailField,
  attendance: z
    .string({ error: 'Select whether you are a member, a concession or a non-member' })
    .min(1, 'Select whether you are a member, a concession or a non-member'),
  needs: multiLineText('Access or dietary needs')
    .max(1000, 'Access or dietary needs must be 1000 characters or fewer')
    .optional(),
  website: honeypotField,
});

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
