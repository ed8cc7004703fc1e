import type { I18n } from '@lingui/core';

/** A form page's title, starting "Error: " while its errors show (GOV.UK). */
export function withErrorPrefix(_: I18n['_'], hasErrors: boolean, title: string): string {
  return hasErrors ? _('form.titleWithErrors', { title }) : title;
}
