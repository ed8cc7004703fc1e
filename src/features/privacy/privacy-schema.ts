import { z } from 'zod';

/**
 * public/content/privacy.json: the facts of the privacy notice that are the charity's to set,
 * not the code's. Read by the privacy page and by the server (notice version, retention).
 */
export const privacyConfigSchema = z.strictObject({
  /** The date this notice last changed; recorded with every submission. Change it on any edit. */
  version: z.iso.date(),
  /** The charity's postal address for data requests; null shows "not available on this site". */
  postalAddress: z.string().trim().min(1).nullable(),
  /** Who handles data protection questions (a name, email or both); null as above. */
  dataProtectionContact: z.string().trim().min(1).nullable(),
  /** Conference registrations are deleted this many months after their event ends. */
  registrationRetentionMonths: z.number().int().min(1).max(120),
});

export type PrivacyConfig = z.infer<typeof privacyConfigSchema>;

/** Idempotency records (the key, a hash of the answers, the reference) are pruned after this. */
export const IDEMPOTENCY_RETENTION_DAYS = 30;
