import type { I18n } from '@lingui/core';

/**
 * A form message in the page's language. The schemas (and the server, which checks with them)
 * give message IDs; a message that is not an ID of the catalog (an older server's words, a
 * message typed by hand) is shown as it came rather than asked of the catalog, which would
 * warn about a missing message.
 */
export function messageText(i18n: I18n, message: string): string {
  return Object.hasOwn(i18n.messages, message) ? i18n._(message) : message;
}
