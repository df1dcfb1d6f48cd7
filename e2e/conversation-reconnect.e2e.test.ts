import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspacePage } from './page-models/workspace-page.js';
import { launchBrowser, openVisit } from './support/browser.js';
import { caseInConversation } from './support/scenes.js';
import { startServer, type RunningServer } from './support/server.js';

describe('The conversation survives a server crash', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('keeps every message, once, across a crash and a restart on the same data', async () => {
    // The scene: a case whose conversation is already open, set up through the API.
    const title = 'After the holidays';
    const { alex, sam, caseId } = await caseInConversation(server, title);

    const a = await openVisit(browser, server.baseUrl);
    const b = await openVisit(browser, server.baseUrl, 'phone');
    await alex.signInBrowser(a.context);
    await sam.signInBrowser(b.context);
    const alexCase = new WorkspacePage(a.page);
    const samCase = new WorkspacePage(b.page);
    for (const [page, model] of [
      [a.page, alexCase],
      [b.page, samCase],
    ] as const) {
      await page.goto(`/cases/${caseId}`);
      await model.waitUntilShown(title);
      await model.open('2 · Reaction and talk');
    }

    await alexCase.sendMessage('Before the storm.');
    await samCase.waitForMessage('Before the storm.');

    // The server dies; Alex writes on. The message waits, marked as sending, and is not lost.
    await server.crash();
    await alexCase.sendMessage('Written while the server was down.');
    await alexCase.messages.getByText('sending…').waitFor();

    server = await startServer({
      dataDir: server.dataDir,
      port: Number(new URL(server.baseUrl).port),
    });
    await samCase.waitForMessage('Written while the server was down.');
    await alexCase.waitForMessage('Written while the server was down.');
    await alexCase.sendMessage('After the storm.');
    await samCase.waitForMessage('After the storm.');

    const expected = [
      'Before the storm.',
      'Written while the server was down.',
      'After the storm.',
    ];
    expect(await samCase.messageTexts()).toEqual(expected);
    expect(await alexCase.messageTexts()).toEqual(expected);

    // What the server acknowledged is kept: a fresh page shows every message, once.
    await b.page.reload();
    await samCase.waitUntilShown(title);
    await samCase.open('2 · Reaction and talk');
    await samCase.waitForMessage('After the storm.');
    expect(await samCase.messageTexts()).toEqual(expected);
    await a.context.close();
    await b.context.close();
  });
});
