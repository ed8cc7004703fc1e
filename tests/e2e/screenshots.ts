/**
 * npm run screenshots — full-page screenshots of every page, and of each form's steps, at phone
 * and desktop widths in the light and the dark theme, and print previews of the pages people
 * print, from the built site served by the real server (with a throwaway database), into
 * test-results/screenshots/ (git-ignored). Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { waitForApp } from './app-ready.ts';
import { launchChromium } from '../support/chromium.ts';
import {
  applicant,
  continueToCheckAnswers,
  fillMembershipForm,
  fillRegistrationForm,
} from './forms.ts';
import { BEFORE_CONFERENCE, CONFERENCE_UNDER_WAY, REGISTER_PATH, ROUTES } from './site.ts';
import { startServer, type TestServer } from '../support/test-server.ts';

const WIDTHS = [360, 1280];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** The pages issue 14 asks to print cleanly (the confirmation is printed by its journey). */
const PRINTED = ['newsArticle', 'topic', 'event'];
const outDir = 'test-results/screenshots';

/** A step of a journey: what to do, then the name of the screenshot of the page it leaves. */
type Step = [name: string, act: (page: Page) => Promise<void>];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

const JOURNEYS: { time?: string; steps: Step[] }[] = [
  ...ROUTES.map((route) => ({
    time: route.time,
    steps: [[route.name, (page: Page) => page.goto(route.path).then(() => undefined)]] as Step[],
  })),
  {
    time: BEFORE_CONFERENCE,
    steps: [['home-before-conference', (page) => page.goto('/').then(() => undefined)]],
  },
  {
    time: CONFERENCE_UNDER_WAY,
    steps: [['register-closed', (page) => page.goto(REGISTER_PATH).then(() => undefined)]],
  },
  {
    steps: [
      [
        'join-errors',
        async (page) => {
          await page.goto('/join');
          await waitForApp(page);
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.getByRole('alert', { name: 'There is a problem' }).waitFor();
        },
      ],
      [
        'join-check-answers',
        async (page) => {
          await fillMembershipForm(page, applicant('screenshots-join'));
          await continueToCheckAnswers(page, 'Check your answers before sending your application');
        },
      ],
      [
        'join-confirmation',
        async (page) => {
          await page.getByRole('button', { name: 'Submit application' }).click();
          await page.getByText(/^Your reference number/).waitFor();
        },
      ],
    ],
  },
  {
    time: BEFORE_CONFERENCE,
    steps: [
      [
        'register-errors',
        async (page) => {
          await page.goto(REGISTER_PATH);
          await waitForApp(page);
          await page.getByRole('button', { name: 'Continue' }).click();
          await page.getByRole('alert', { name: 'There is a problem' }).waitFor();
        },
      ],
      [
        'register-check-answers',
        async (page) => {
          await fillRegistrationForm(page, applicant('screenshots-register'));
          await continueToCheckAnswers(page, 'Check your answers before registering');
        },
      ],
      [
        'register-confirmation',
        async (page) => {
          await page.getByRole('button', { name: 'Register', exact: true }).click();
          await page.getByText(/^Your reference number/).waitFor();
        },
      ],
    ],
  },
];

async function shoot(server: TestServer, width: number, theme: Theme): Promise<number> {
  let count = 0;
  for (const journey of JOURNEYS) {
    server.setNow(journey.time ? new Date(journey.time) : null);
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width, height: 800 },
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      colorScheme: theme,
    });
    const page = await context.newPage();
    if (journey.time) await page.clock.setFixedTime(new Date(journey.time));
    for (const [name, act] of journey.steps) {
      await act(page);
      await heading(page).waitFor();
      await waitForApp(page);
      await page.screenshot({ path: `${outDir}/${name}-${width}-${theme}.png`, fullPage: true });
      count += 1;
      if (theme === 'light' && width === WIDTHS[0] && isPrinted(name)) {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${outDir}/${name}-print.png`, fullPage: true });
        await page.emulateMedia({ media: 'screen' });
        count += 1;
      }
    }
    await context.close();
  }
  return count;
}

function isPrinted(name: string): boolean {
  return PRINTED.includes(name) || name.endsWith('-confirmation');
}

await mkdir(outDir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
try {
  let count = 0;
  for (const theme of THEMES) {
    for (const width of WIDTHS) count += await shoot(server, width, theme);
  }
  console.log(`${count} screenshots in ${outDir}/`);
} finally {
  await browser.close();
  await server.close();
}
