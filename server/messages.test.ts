// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NEWSLETTER_CONSENT } from '../src/features/membership/membership-application-schema.ts';
import { testI18n } from '../tests/support/test-i18n.ts';
import { wordingIn } from './messages.ts';

describe('wordingIn', () => {
  it('gives the words of a message as the page in that language shows them', async () => {
    const spanish = await wordingIn('es');
    expect(spanish(NEWSLETTER_CONSENT)).toBe(testI18n('es')._(NEWSLETTER_CONSENT));
    expect(spanish(NEWSLETTER_CONSENT)).not.toBe(testI18n('en')._(NEWSLETTER_CONSENT));
  });

  it('refuses an ID the catalog lacks rather than storing the ID as the wording', async () => {
    const english = await wordingIn('en');
    expect(() => english('join.field.newsletter.unknown')).toThrow(
      'No message join.field.newsletter.unknown in the en catalog',
    );
  });
});
