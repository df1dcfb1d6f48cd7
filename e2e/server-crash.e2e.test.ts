import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseResponse, InvitationCreated, TimelineResponse } from '../src/protocol/index.js';
import { HttpClient } from './support/http-client.js';
import { startServer, type RunningServer } from './support/server.js';

const DAY = 24 * 60 * 60 * 1000;

async function person(baseUrl: string, name: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const signUp = await client.post('/api/auth/signup', {
    email: `${name}.${randomUUID().slice(0, 8)}@example.org`,
    password: 'a long and careful passphrase',
    displayName: name,
  });
  expect(signUp.status).toBe(201);
  return client;
}

async function must(
  client: HttpClient,
  caseId: string,
  command: Record<string, unknown>,
): Promise<void> {
  const response = await client.post(`/api/cases/${caseId}/commands`, {
    commandId: randomUUID(),
    command,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

describe('a crash in the middle of a conversation', () => {
  let server: RunningServer | undefined;
  const dataDirs: string[] = [];
  afterAll(async () => {
    await server?.stop();
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('loses no message that the server acknowledged', async () => {
    server = await startServer();
    dataDirs.push(server.dataDir);
    const amender = await person(server.baseUrl, 'Sam');
    const hurt = await person(server.baseUrl, 'Alex');
    const opened = await amender.post('/api/cases', {
      title: 'After the trip',
      causes: ['lie'],
      role: 'amender',
    });
    const caseId = CaseResponse.parse(opened.body).case.id;
    await must(amender, caseId, {
      type: 'sendDisclosure',
      ref: 'The truth.',
      wholeTruthConfirmed: true,
    });
    const invitation = await amender.post(`/api/cases/${caseId}/invitations`, {});
    const { token } = InvitationCreated.parse(invitation.body);
    expect((await hurt.post(`/api/invitations/${token}/accept`, {})).status).toBe(200);
    await must(hurt, caseId, { type: 'acknowledgeDisclosure' });
    await must(hurt, caseId, {
      type: 'chooseCoolingPeriod',
      until: new Date(Date.now() + 60_000).toISOString(),
    });
    await server.advanceClock(DAY);
    await must(amender, caseId, { type: 'markReady' });
    await must(hurt, caseId, { type: 'markReady' });

    const sent: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const text = `message ${String(i)}`;
      await must(i % 2 === 0 ? amender : hurt, caseId, {
        type: 'sendMessage',
        messageId: randomUUID().replaceAll('-', ''),
        ref: text,
      });
      sent.push(text);
    }

    await server.crash();
    server = await startServer({ dataDir: server.dataDir });
    amender.moveTo(server.baseUrl);
    hurt.moveTo(server.baseUrl);

    for (const client of [amender, hurt]) {
      const { entries } = TimelineResponse.parse(
        (await client.get(`/api/cases/${caseId}/timeline`)).body,
      );
      const messages = entries.filter((entry) => entry.event.type === 'messageSent');
      expect(messages.map((entry) => entry.event.ref)).toEqual(sent);
    }
  });
});
