import { z } from 'zod';
import { emailField, fullNameField, honeypotField, multiLineText } from '../../lib/form-fields.ts';

/** Conference registration (messages are message IDs, see lib/form-fields.ts). `attendance` is a price id of the event (member, concession, …). */
export const registrationSchema = z.strictObject({
  fullName: fullNameField,
  email: emailField,
  attendance: z
    .string({ error: 'register.error.attendance.required' })
    .min(1, 'register.error.attendance.required'),
  needs: multiLineText('register.error.needs.hiddenCharacters')
    .max(1000, 'register.error.needs.tooLong')
    .optional(),
  website: honeypotField,
});

export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;
