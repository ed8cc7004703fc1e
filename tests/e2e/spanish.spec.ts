import { checkPage } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { applicant, exportedRowsFor, REFERENCE } from './forms.ts';
import { BEFORE_CONFERENCE } from './site.ts';

/**
 * The site in Spanish (/es/...): each page in the visitor's chosen language, the switch between
 * the two, a form from its errors to the confirmation, "Page not found", and axe at 360 and
 * 1280 px (light and dark) with reflow, as for the English pages.
 */
const ARTICLE = 'opposition-to-tpp';

test('the home page in Spanish, and the switch to the same page in English and back', async ({
  page,
  setTime,
}) => {
  test.slow();
  await setTime(BEFORE_CONFERENCE);
  const response = await page.goto('/es');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Peru Support Group');
  await expect(page.getByRole('heading', { name: 'Últimas noticias' })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    'href',
    'https://www.perusupportgroup.org.uk/',
  );
  await checkPage(page, 'home in Spanish');

  // Inside the app every link stays Spanish.
  await page.getByRole('link', { name: 'Avisos', exact: true }).first().click();
  await expect(page).toHaveURL(/\/es\/notices$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avisos destacados');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/notices$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Featured notices');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/notices$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avisos destacados');
});

test('an article in Spanish: the English text marked and noted, the date in Spanish', async ({
  page,
}) => {
  await page.goto(`/es/news/${ARTICLE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Opposition to TPP');
  await expect(heading).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Disponible solo en inglés.').first()).toBeVisible();
  await expect(page.locator('time').first()).toHaveText(/^\d+ de [a-z]+ de \d{4}$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `https://www.perusupportgroup.org.uk/es/news/${ARTICLE}`,
  );
  await checkPage(page, 'article in Spanish');

  await page.getByRole('link', { name: 'Todas las noticias' }).first().click();
  await expect(page).toHaveURL(/\/es\/news$/);
});

test('the membership form in Spanish, from its errors to the confirmation', async ({
  page,
  server,
}, testInfo) => {
  // Three pages, each checked with axe at two widths in two themes: slow on a busy machine.
  test.slow();
  const who = applicant(testInfo.testId);
  await page.goto('/es/join');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hágase socio del Peru Support Group',
  );
  await page.getByRole('button', { name: 'Continuar' }).click();
  const summary = page.getByRole('alert', { name: 'Hay un problema' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link').first()).not.toHaveText(/^Enter /);
  await checkPage(page, 'join form in Spanish with errors');

  await page.getByLabel('Nombre completo', { exact: true }).fill(who.fullName);
  await page.getByLabel('Correo electrónico', { exact: true }).fill(who.email);
  await page.getByLabel('Dirección, línea 1', { exact: true }).fill('29 Tavistock Square');
  await page.getByLabel('Ciudad o localidad', { exact: true }).fill('London');
  await page.getByLabel('Código postal', { exact: true }).fill('wc1h9qu');
  await page.getByRole('radio', { name: 'Individual' }).check();
  await page.getByRole('radio', { name: 'Por orden de pago periódica' }).check();
  await page.getByRole('checkbox', { name: /boletín/ }).check();
  // The words beside the box, as the supporter reads them: stored as they are (UK GDPR).
  const consent = (await page.locator('label[for="newsletter"]').textContent()) ?? '';
  expect(consent).toMatch(/boletín/);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page).toHaveURL(/\/es\/join\/check-answers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Revise sus respuestas antes de enviar su solicitud',
  );

  await page.getByRole('button', { name: 'Enviar solicitud' }).click();
  await expect(page).toHaveURL(/\/es\/join\/confirmation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicitud enviada');
  await expect(page.getByText(REFERENCE)).toBeVisible();
  await checkPage(page, 'join confirmation in Spanish');
  // npm run export: the form's language, then the newsletter answer with its wording.
  const rows = await exportedRowsFor('memberships', server.databasePath, who);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(`,Spanish,Yes,${consent},`);
});

test('"Page not found" in Spanish, with status 404', async ({ page, problems }) => {
  problems.allowPageStatus('/es/no-such-page', 404);
  const response = await page.goto('/es/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
  await checkPage(page, '404 in Spanish');
});

test('search on a Spanish page', async ({ page }) => {
  await page.goto('/es/search?q=bambas');
  await expect(page.getByRole('link', { name: /Bambas/ }).first()).toHaveAttribute(
    'href',
    /^\/es\/news\//,
  );
  await checkPage(page, 'search in Spanish');
});
