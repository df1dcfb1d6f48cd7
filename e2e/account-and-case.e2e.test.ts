import { describe, expect, it } from 'vitest';
import { CasePage, NewCasePage } from './page-models/case-pages.js';
import { SignInPage, SignUpPage } from './page-models/auth-pages.js';
import { HomePage } from './page-models/home-page.js';
import { LandingPage } from './page-models/landing-page.js';
import { openVisit, saveScreenshot } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { useServerAndBrowser } from './support/suite.js';

describe('A person starts a case and finds it again after signing back in', () => {
  const suite = useServerAndBrowser();

  it('signs up, starts a case, sees it listed, signs out, signs in, and it is still there', async () => {
    const { page, context, consoleErrors } = await openVisit(suite.browser, suite.server.baseUrl);
    const robin = buildPerson({ displayName: 'Robin' });
    const newCase = {
      title: 'The weekend I lied about',
      causes: ['A lie', 'Words and actions don’t match'],
      role: 'I broke the trust',
    } as const;

    // Robin arrives on the landing page and creates an account.
    const landing = new LandingPage(page);
    await landing.goto();
    await landing.createAccountLink.click();
    await new SignUpPage(page).signUp(robin);

    // A new account has no cases yet, and the header says who is signed in.
    const home = new HomePage(page);
    await home.waitUntilShown();
    expect(await home.signedInAs()).toBe('Robin');
    await home.emptyState.waitFor();

    // Robin starts a case and lands on its page, at the first step.
    await home.startCase();
    await new NewCasePage(page).startCase(newCase);
    const casePage = new CasePage(page);
    await casePage.waitUntilShown(newCase.title);
    expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    expect(await casePage.causes()).toEqual(newCase.causes);
    expect(await casePage.role()).toBe('You broke the trust');
    expect(await casePage.currentStep()).toBe('The whole truth');
    await saveScreenshot(page, 'story-case');

    // Back home, the case is listed with its causes, Robin's role and its step.
    await page.getByRole('link', { name: '← Your cases' }).click();
    const expected = {
      title: newCase.title,
      causes: [...newCase.causes],
      role: 'You broke the trust',
      step: 'Step 1 of 5: The whole truth',
    };
    expect(await home.listedCases()).toEqual([expected]);

    // Robin signs out; the private pages are closed to this browser now.
    await home.signOut();
    const signIn = new SignInPage(page);
    await signIn.heading.waitFor();
    await page.goto('/home');
    await signIn.heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');

    // Signing in again brings Robin back to the case, unchanged.
    await signIn.signIn(robin);
    await home.waitUntilShown();
    expect(await home.listedCases()).toEqual([expected]);
    await home.openCase(newCase.title);
    await casePage.waitUntilShown(newCase.title);

    // A link to a case that does not exist (or is not Robin's) gets a kind answer, not a blank page.
    await page.goto('/cases/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'We could not find this case' }).waitFor();

    // Only the expected 404 (the missing case) may be logged.
    expect(consoleErrors.filter((error) => !/\b404\b/.test(error))).toEqual([]);
    await context.close();
  });
});
