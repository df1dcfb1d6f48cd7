import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SignUpPage } from './page-models/auth-pages.js';
import { HomePage } from './page-models/home-page.js';
import { openVisit, saveScreenshot, VIEWPORTS, type ViewportName } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { useServerAndBrowser } from './support/suite.js';

const WEAK_APOLOGY = "I'm sorry if you were upset, but I was tired.";
const FULLER_APOLOGY =
  "I'm sorry I lied. It was my fault. I should have told you. From now on I will tell you the truth.";

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

/** The highlight behind the text that carries a code, as the person sees it. */
function mark(page: Page, code: string): Locator {
  return page.locator(`.coach__backdrop mark[data-codes~="${code}"]`);
}

/** One item of the coach's side list. */
function note(page: Page, code: string): Locator {
  return page.getByRole('listitem').and(page.locator(`[data-code="${code}"]`));
}

/** One part of the apology checklist. */
function part(page: Page, label: string): Locator {
  return page
    .getByRole('list', { name: /parts of an apology/ })
    .getByRole('listitem')
    .filter({
      hasText: label,
    });
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])(
  'The coach in the apology practice page, on a %s screen',
  (viewport) => {
    const suite = useServerAndBrowser();

    it('highlights, explains, rewords and ticks the checklist as the person types', async () => {
      const { page, context, consoleErrors } = await openVisit(
        suite.browser,
        suite.server.baseUrl,
        viewport,
      );
      const signUp = new SignUpPage(page);
      await signUp.goto();
      await signUp.signUp(buildPerson());
      await new HomePage(page).waitUntilShown();

      // Screenshots should show where the ticks and the bar land, not half-way there.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/practice/apology');
      await page.getByRole('heading', { level: 1, name: 'Practise an apology' }).waitFor();
      const box = page.getByRole('textbox', { name: 'Your apology' });
      expect(await page.title()).toBe('Practise an apology · Amends');
      expect(await part(page, 'Say you are sorry').textContent()).toContain('not yet');
      await saveScreenshot(page, `coach-empty-${viewport}`);
      expect(await blockingViolations(page)).toEqual([]);

      // Typed key by key, as a person would: the highlights follow the words.
      await box.pressSequentially(WEAK_APOLOGY, { delay: 10 });
      await mark(page, 'conditional_apology').waitFor();
      await mark(page, 'justification').waitFor();
      expect(await mark(page, 'conditional_apology').textContent()).toBe(
        "I'm sorry if you were upset",
      );
      // The reason's words are the coach's to change; the list quotes the phrase and explains.
      const conditional = note(page, 'conditional_apology');
      expect(await conditional.locator('q').first().textContent()).toBe(
        "I'm sorry if you were upset",
      );
      expect(await conditional.locator('p').first().textContent()).toMatch(/\w{3,}/);
      expect(await page.getByRole('list', { name: 'What may hurt' }).isVisible()).toBe(true);

      // The mirror lays the text out exactly as the textarea does: same lines, same place.
      const layout = await page.evaluate(() => {
        const textarea = document.querySelector('textarea');
        const first = document.querySelector('.coach__backdrop mark');
        const backdrop = document.querySelector('.coach__backdrop');
        if (textarea === null || first === null || backdrop === null) return null;
        const style = getComputedStyle(textarea);
        const box = textarea.getBoundingClientRect();
        const at = first.getBoundingClientRect();
        return {
          dx: at.left - (box.left + textarea.clientLeft + parseFloat(style.paddingLeft)),
          heights: [backdrop.scrollHeight, textarea.scrollHeight],
        };
      });
      expect(layout).not.toBeNull();
      expect(Math.abs(layout?.dx ?? 99)).toBeLessThan(1);
      expect(layout?.heights[0]).toBe(layout?.heights[1]);

      // The live region speaks once typing pauses, with counts only.
      await page
        .getByRole('status')
        .filter({ hasText: '2 things that may hurt' })
        .waitFor({ timeout: 5_000 });
      await saveScreenshot(page, `coach-warnings-${viewport}`);
      expect(await blockingViolations(page)).toEqual([]);

      // One click puts the kinder wording in, and the person can keep typing where it ends.
      const better = (await conditional.locator('p q').textContent()) ?? '';
      expect(better).not.toBe('');
      await conditional.getByRole('button', { name: 'Use this wording' }).click();
      expect(await box.inputValue()).toBe(`${better}, but I was tired.`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-apology');
      await note(page, 'justification').getByRole('button', { name: 'Remove this part' }).click();
      expect(await box.inputValue()).toBe(`${better}.`);
      await mark(page, 'justification').waitFor({ state: 'detached' });

      // A fuller apology ticks its parts, and the bar moves.
      await box.fill('');
      await box.pressSequentially(FULLER_APOLOGY, { delay: 5 });
      await part(page, 'Own what you did').filter({ hasText: ', done' }).waitFor();
      for (const label of [
        'Say you are sorry',
        'Own what you did',
        'Say what you should have done',
        'Say what you will do from now on',
      ]) {
        expect(await part(page, label).textContent()).toContain(', done');
      }
      expect(await part(page, 'Name the hurt').textContent()).toContain('not yet');
      const meter = page.getByRole('meter', { name: 'How complete it feels' });
      expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(40);
      expect(await page.getByRole('list', { name: 'What helps' }).isVisible()).toBe(true);
      expect(await mark(page, 'remorse').count()).toBe(1);
      await saveScreenshot(page, `coach-checklist-${viewport}`);
      expect(await blockingViolations(page)).toEqual([]);

      // A text that sounds like danger gets a short, kind pointer to help.
      await box.fill('If you leave me I will hurt myself.');
      await page.getByRole('note').filter({ hasText: 'You are not alone.' }).waitFor();
      expect(await page.getByText('Your safety, and theirs, comes first.').isVisible()).toBe(true);
      expect(await blockingViolations(page)).toEqual([]);
      await saveScreenshot(page, `coach-safety-${viewport}`);

      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      expect(sideways).toBe(false);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  },
);
