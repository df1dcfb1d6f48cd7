import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CasePage, NewCasePage } from './page-models/case-pages.js';
import { SignInPage, SignUpPage } from './page-models/auth-pages.js';
import { HomePage } from './page-models/home-page.js';
import { LandingPage } from './page-models/landing-page.js';
import { WorkspacePage, type Section } from './page-models/workspace-page.js';
import { ApiClient } from './support/api-client.js';
import { openVisit, saveScreenshot, VIEWPORTS, type ViewportName } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { useServerAndBrowser } from './support/suite.js';

/** axe-core's findings that would stop someone using the page: serious and critical ones. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      return `${violation.id} (${violation.impact ?? ''}): ${violation.help} — ${where}`;
    });
}

/** Nothing on the page may run past the screen's edge and make people scroll sideways. */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])(
  'Every page is readable and accessible on a %s screen',
  (viewport) => {
    const suite = useServerAndBrowser();

    async function expectAccessible(page: Page, consoleErrors: readonly string[], name: string) {
      await saveScreenshot(page, `${name}-${viewport}`);
      expect(await blockingViolations(page)).toEqual([]);
      expect(await overflowsSideways(page)).toBe(false);
      expect(consoleErrors).toEqual([]);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    }

    it('the landing, sign-up and sign-in pages', async () => {
      const { page, context, consoleErrors } = await openVisit(
        suite.browser,
        suite.server.baseUrl,
        viewport,
      );

      await new LandingPage(page).goto();
      expect(await page.title()).toContain('Amends');
      await expectAccessible(page, consoleErrors, 'landing');

      await new SignUpPage(page).goto();
      expect(await page.title()).toBe('Create an account · Amends');
      await expectAccessible(page, consoleErrors, 'signup');

      const signIn = new SignInPage(page);
      await signIn.goto();
      expect(await page.title()).toBe('Sign in · Amends');
      await expectAccessible(page, consoleErrors, 'signin');

      // A form showing its errors must be as accessible as an empty one.
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
      await signIn.alertText();
      await expectAccessible(page, consoleErrors, 'signin-errors');
      await context.close();
    });

    it('the home, new case and case pages of a signed-in person', async () => {
      const { page, context, consoleErrors } = await openVisit(
        suite.browser,
        suite.server.baseUrl,
        viewport,
      );
      await new SignUpPage(page).goto();
      await new SignUpPage(page).signUp(buildPerson({ displayName: 'Alex Moreno-Whitfield' }));

      const home = new HomePage(page);
      await home.waitUntilShown();
      await home.emptyState.waitFor();
      await expectAccessible(page, consoleErrors, 'home-empty');

      const newCase = new NewCasePage(page);
      await home.startCase();
      await newCase.heading.waitFor();
      await expectAccessible(page, consoleErrors, 'new-case');

      await newCase.startCase({
        title: 'After the party in June',
        causes: ['Jealousy', 'Unmet expectations'],
        role: 'I was hurt',
      });
      await new CasePage(page).waitUntilShown('After the party in June');
      await expectAccessible(page, consoleErrors, 'case');

      await home.goto();
      expect((await home.listedCases()).length).toBe(1);
      await expectAccessible(page, consoleErrors, 'home-with-case');
      await context.close();
    });

    it('an invitation, and every tab of a case in its conversation', async () => {
      // The scene, set through the API: a case in step 2 with a little of everything in it.
      const alex = new ApiClient(suite.server.baseUrl);
      const sam = new ApiClient(suite.server.baseUrl);
      await alex.signUp(buildPerson({ displayName: 'Alex' }));
      await sam.signUp(buildPerson({ displayName: 'Sam Okonkwo-Lindqvist' }));
      const caseId = await alex.openCase('What I did not say', ['lie'], 'amender');
      await alex.act(caseId, { type: 'sendDisclosure', ref: 'I lied.', wholeTruthConfirmed: true });
      const token = await alex.invite(caseId);

      // Someone who is not signed in opens the link.
      const visitor = await openVisit(suite.browser, suite.server.baseUrl, viewport);
      await visitor.page.goto(`/invite/${token}`);
      await visitor.page.getByRole('link', { name: 'Create an account to join' }).waitFor();
      await expectAccessible(visitor.page, visitor.consoleErrors, 'invitation');

      await sam.accept(token);
      await visitor.page.reload();
      await visitor.page
        .getByRole('heading', { name: 'This invitation can no longer be used' })
        .waitFor();
      await expectAccessible(visitor.page, visitor.consoleErrors, 'invitation-used');
      await visitor.context.close();

      await sam.act(caseId, { type: 'acknowledgeDisclosure' });
      await sam.act(caseId, { type: 'askQuestion', questionId: 'question0001', ref: 'Why?' });
      await alex.act(caseId, {
        type: 'addExpectation',
        expectationId: 'expect00001',
        ref: 'Be kind.',
      });
      await sam.act(caseId, {
        type: 'chooseCoolingPeriod',
        until: new Date(Date.now() + 1000).toISOString(),
      });
      await suite.server.advanceClock(60_000);
      await alex.act(caseId, { type: 'markReady' });
      await sam.act(caseId, { type: 'markReady' });
      await alex.act(caseId, { type: 'sendMessage', messageId: 'message0001', ref: 'I am here.' });

      const { page, context, consoleErrors } = await openVisit(
        suite.browser,
        suite.server.baseUrl,
        viewport,
      );
      await sam.signInBrowser(context);
      await page.goto(`/cases/${caseId}`);
      const workspace = new WorkspacePage(page);
      await workspace.waitUntilShown('What I did not say');
      await workspace.waitForMessage('I am here.');
      const sections: [Section, string][] = [
        ['2 · Reaction and talk', 'case-conversation'],
        ['1 · The whole truth', 'case-truth'],
        ['3 · The apology', 'case-apology'],
        ['Expectations', 'case-expectations'],
        ['What happened', 'case-timeline'],
      ];
      for (const [section, name] of sections) {
        await workspace.open(section);
        await expectAccessible(page, consoleErrors, name);
      }
      await context.close();
    });
  },
);
