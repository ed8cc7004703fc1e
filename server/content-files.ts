import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { eventsFileSchema, type PsgEvent } from '../src/features/events/event-schema.ts';
import {
  membershipConfigSchema,
  type MembershipConfig,
} from '../src/features/membership/membership-schema.ts';
import { privacyConfigSchema, type PrivacyConfig } from '../src/features/privacy/privacy-schema.ts';
import { describeIssues } from '../src/lib/describe-issues.ts';

export type ContentFiles = {
  events(): PsgEvent[];
  membership(): MembershipConfig;
  privacy(): PrivacyConfig;
};

/**
 * The API checks submissions against the same content files the site shows (event prices and
 * capacity, membership types, the privacy notice's version and retention). Each file is parsed again only when it changes on disk, so an
 * editor's fix takes effect without a restart and a busy form does not re-read it every time.
 */
export function createContentFiles(contentDir: string): ContentFiles {
  const events = watchedJson(join(contentDir, 'events.json'), eventsFileSchema);
  const membership = watchedJson(join(contentDir, 'membership.json'), membershipConfigSchema);
  const privacy = watchedJson(join(contentDir, 'privacy.json'), privacyConfigSchema);
  return {
    events: () => events().events,
    membership,
    privacy,
  };
}

function watchedJson<T>(file: string, schema: z.ZodType<T>): () => T {
  let cached: { version: string; value: T } | undefined;
  return () => {
    const stats = statSync(file);
    const version = `${stats.mtimeMs}:${stats.size}`;
    if (cached?.version !== version) {
      const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.success) {
        throw new Error(`${file} is not valid:\n  ${describeIssues(result.error).join('\n  ')}`);
      }
      cached = { version, value: result.data };
    }
    return cached.value;
  };
}
