import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignInPage, SignUpPage } from './page-models/auth-pages.js';
import { HomePage } from './page-models/home-page.js';
import { launchBrowser, openVisit, saveScreenshot } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { startServer, type RunningServer } from './support/server.js';

describe('Clear errors when signing in or up goes wrong', () => {
  let server: RunningServer;
  let browser: Browser;
  const sam = buildPerson({ displayName: 'Sam' });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // Sam already has an account.
    const { page, context } = await openVisit(browser, server.baseUrl);
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp(sam);
    await new HomePage(page).waitUntilShown();
    await context.close();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('says so when the password is wrong, and lets the person try again', async () => {
    const { page, context } = await openVisit(browser, server.baseUrl);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn({ email: sam.email, password: 'not the right password' });

    expect(await signIn.alertText()).toMatch(/password/i);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await saveScreenshot(page, 'error-wrong-password');

    await signIn.signIn(sam);
    await new HomePage(page).waitUntilShown();
    await context.close();
  });

  it('says so when the e-mail already has an account', async () => {
    const { page, context } = await openVisit(browser, server.baseUrl, 'phone');
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ ...buildPerson(), email: sam.email });

    const said = `${await signUp.alertText()} ${await signUp.errorFor('E-mail')}`;
    expect(said).toMatch(/already|taken|in use/i);
    expect(new URL(page.url()).pathname).toBe('/signup');
    await saveScreenshot(page, 'error-email-taken-phone');
    await context.close();
  });

  it('explains a too-short password before anything is sent', async () => {
    const { page, context } = await openVisit(browser, server.baseUrl);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/')) requests.push(request.url());
    });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp({ ...buildPerson(), password: 'short' });

    await signUp.alertText();
    expect(await signUp.errorFor('Password')).toMatch(/at least 10 characters/);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('sends a person who is not signed in from a private page to sign in', async () => {
    const { page, context } = await openVisit(browser, server.baseUrl);
    await page.goto('/home');
    await new SignInPage(page).heading.waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await context.close();
  });
});
