import { describe, expect, it } from 'vitest';
import { WorkspacePage } from './page-models/workspace-page.js';
import { ApiClient } from './support/api-client.js';
import { openVisit } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { useServerAndBrowser } from './support/suite.js';

describe('When trust was never there, and when someone needs a break', () => {
  const suite = useServerAndBrowser();

  it('reflects first, opens the steps only when both choose to go on, and pauses and resumes', async () => {
    const alex = new ApiClient(suite.server.baseUrl);
    const sam = new ApiClient(suite.server.baseUrl);
    await alex.signUp(buildPerson({ displayName: 'Alex' }));
    await sam.signUp(buildPerson({ displayName: 'Sam' }));
    const title = 'Were we ever close?';
    const caseId = await alex.openCase(title, ['no_initial_trust'], 'amender');
    await sam.accept(await alex.invite(caseId));

    const visit = await openVisit(suite.browser, suite.server.baseUrl);
    await alex.signInBrowser(visit.context);
    const { page } = visit;
    await page.goto(`/cases/${caseId}`);
    await new WorkspacePage(page).waitUntilShown(title);

    // The honest reflection comes before any step; no step tabs yet.
    await page.getByRole('heading', { name: 'First, an honest look' }).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    await page.getByLabel('My reflection').fill('I hoped for closeness; we were mostly polite.');
    await page.getByRole('button', { name: 'Keep my reflection' }).click();
    // The kept reflection shows as a letter (the box may still hold the text while it is sent).
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'I hoped for closeness; we were mostly polite.' })
      .waitFor();
    await page.getByRole('button', { name: 'I want to go on' }).click();

    // Sam reflects and chooses to go on too: the five steps open, live, without a reload.
    await sam.act(caseId, { type: 'submitReflection', ref: 'I never felt safe saying much.' });
    await sam.act(caseId, { type: 'chooseFullPath' });
    await page.getByRole('tab', { name: /1 · The whole truth/ }).waitFor();
    expect(await page.getByText('I never felt safe saying much.').count()).toBe(0);

    // A break, then back.
    await page.getByRole('button', { name: 'Pause this case' }).click();
    await page.getByText('You paused this case. Resume it when you are ready.').waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause this case' }).waitFor();

    expect(visit.consoleErrors).toEqual([]);
    await visit.context.close();
  });

  it('counts lies when a lie broke the trust, and says plainly when a second one is found', async () => {
    const alex = new ApiClient(suite.server.baseUrl);
    const sam = new ApiClient(suite.server.baseUrl);
    await alex.signUp(buildPerson({ displayName: 'Alex' }));
    await sam.signUp(buildPerson({ displayName: 'Sam' }));
    const title = 'The money';
    const caseId = await alex.openCase(title, ['lie'], 'amender');
    await alex.act(caseId, { type: 'sendDisclosure', ref: 'I lied.', wholeTruthConfirmed: true });
    await sam.accept(await alex.invite(caseId));

    const visit = await openVisit(suite.browser, suite.server.baseUrl, 'phone');
    await sam.signInBrowser(visit.context);
    const { page } = visit;
    await page.goto(`/cases/${caseId}`);
    await new WorkspacePage(page).waitUntilShown(title);
    await page.getByRole('heading', { name: 'Lies counted: 1' }).waitFor();
    await page.getByText('Record a lie you found out').click();
    await page.getByLabel('What you found out').fill('The second account.');
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.getByRole('heading', { name: 'Lies counted: 2' }).waitFor();
    await page.getByText(/Trust rarely survives a second lie/).waitFor();
    expect(visit.consoleErrors).toEqual([]);
    await visit.context.close();
  });
});
