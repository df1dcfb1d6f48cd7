import { describe, expect, it } from 'vitest';
import { WorkspacePage } from './page-models/workspace-page.js';
import { openVisit } from './support/browser.js';
import { caseInConversation } from './support/scenes.js';
import { useServerAndBrowser } from './support/suite.js';

describe('A message that suggests danger', () => {
  const suite = useServerAndBrowser();

  it('shows help at once to the one who reads it, and only under that message', async () => {
    const title = 'The week it got loud';
    const { alex, sam, caseId } = await caseInConversation(suite.server, title);
    const visit = await openVisit(suite.browser, suite.server.baseUrl, 'phone');
    await sam.signInBrowser(visit.context);
    const samCase = new WorkspacePage(visit.page);
    await visit.page.goto(`/cases/${caseId}`);
    await samCase.waitUntilShown(title);
    await samCase.open('2 · Reaction and talk');

    const help = samCase.messages.getByRole('note');
    await alex.act(caseId, {
      type: 'sendMessage',
      messageId: 'calm00000001',
      ref: 'Can we talk tonight?',
    });
    await samCase.waitForMessage('Can we talk tonight?');
    expect(await help.count()).toBe(0);

    await alex.act(caseId, {
      type: 'sendMessage',
      messageId: 'danger000001',
      ref: 'If you leave me I will hurt myself.',
    });
    await samCase.waitForMessage('If you leave me I will hurt myself.');
    await help.getByText(/contact your local emergency number/).waitFor();
    expect(await help.count()).toBe(1);
    expect(visit.consoleErrors).toEqual([]);
    await visit.context.close();
  });
});
