import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test-support/databases.js';
import { act, must, newItemId, timeline } from '../test-support/journey.js';
import {
  buildCase,
  signedUpClient,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../test-support/test-server.js';

const DAY = 24 * 60 * 60 * 1000;

interface Detail {
  step: string;
  myRole: string;
  members: { role: string; displayName: string; isMe: boolean }[];
  next: { todo: { kind: string }[]; waitingFor: { kind: string }[] };
  progress: { conversationOpen: boolean; apologies: { answer: string | null }[] };
}

async function detail(client: TestClient, caseId: string): Promise<Detail> {
  return (await client.get(`/api/cases/${caseId}`)).json<{ case: Detail }>().case;
}

async function invite(client: TestClient, caseId: string, ttlDays?: number): Promise<string> {
  const response = await client.post(
    `/api/cases/${caseId}/invitations`,
    ttlDays === undefined ? {} : { ttlDays },
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ token: string }>().token;
}

describe.each(DATABASE_KINDS)('the repair journey, steps 1 to 3, on %s', (kind) => {
  let server: TestServer;
  let amender: TestClient;
  let hurt: TestClient;
  let caseId: string;

  beforeEach(async () => {
    server = await startTestServer(kind);
    amender = await signedUpClient(server.app);
    hurt = await signedUpClient(server.app);
    const opened = await amender.post(
      '/api/cases',
      buildCase({ causes: ['betrayal'], role: 'amender' }),
    );
    caseId = opened.json<{ case: { id: string } }>().case.id;
  });
  afterEach(async () => {
    await server.close();
  });

  it('walks from the whole truth to forgiveness', async () => {
    // Practice alone: a draft and a sent disclosure stay with the amender until the partner joins.
    await must(amender, caseId, { type: 'draftDisclosure', ref: 'draft: what happened' });
    await must(amender, caseId, {
      type: 'sendDisclosure',
      ref: 'The whole truth.',
      wholeTruthConfirmed: true,
    });

    const token = await invite(amender, caseId);
    const preview = await hurt.get(`/api/invitations/${token}`);
    expect(preview.json()).toMatchObject({
      status: 'open',
      inviterRole: 'amender',
      inviteeRole: 'hurt',
    });
    expect((await hurt.post(`/api/invitations/${token}/accept`)).json()).toEqual({ caseId });
    expect((await detail(hurt, caseId)).myRole).toBe('hurt');

    const seen = await timeline(hurt, caseId);
    expect(seen.map((entry) => entry.event.ref)).toContain('The whole truth.');
    expect(seen.map((entry) => entry.event.ref)).not.toContain('draft: what happened');

    // Step 1: acknowledge, ask, answer.
    await must(hurt, caseId, { type: 'acknowledgeDisclosure' });
    const questionId = newItemId();
    await must(hurt, caseId, { type: 'askQuestion', questionId, ref: 'Who else knew?' });
    await must(amender, caseId, { type: 'answerQuestion', questionId, ref: 'Nobody else.' });

    // The expectations map.
    const loyal = newItemId();
    await must(hurt, caseId, { type: 'addExpectation', expectationId: loyal, ref: 'Be loyal.' });
    await must(amender, caseId, { type: 'markExpectation', expectationId: loyal, mark: 'knew' });

    // Step 2: a cooling period chosen by the hurt partner, then readiness from both.
    await must(hurt, caseId, {
      type: 'chooseCoolingPeriod',
      until: new Date(server.clock.now().getTime() + DAY).toISOString(),
    });
    const early = await act(amender, caseId, { type: 'markReady' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'cooling' } });
    server.clock.advance(DAY + 1000);
    await must(amender, caseId, { type: 'markReady' });
    expect((await detail(amender, caseId)).progress.conversationOpen).toBe(false);
    await must(hurt, caseId, { type: 'markReady' });
    expect((await detail(amender, caseId)).progress.conversationOpen).toBe(true);

    await must(amender, caseId, {
      type: 'sendMessage',
      messageId: newItemId(),
      ref: 'I am listening.',
    });
    await must(hurt, caseId, { type: 'sendMessage', messageId: newItemId(), ref: 'I feel lost.' });

    // The exercises: causes revealed together, own mistakes, role swap.
    await must(amender, caseId, { type: 'submitCausesList', causes: ['betrayal', 'lie'] });
    expect(
      (await timeline(hurt, caseId)).some((entry) => entry.event.type === 'causesListSubmitted'),
    ).toBe(false);
    await must(hurt, caseId, { type: 'submitCausesList', causes: ['betrayal'] });
    await must(amender, caseId, {
      type: 'nameOwnMistake',
      mistakeId: newItemId(),
      ref: 'I hid it.',
    });
    await must(hurt, caseId, {
      type: 'nameOwnMistake',
      mistakeId: newItemId(),
      ref: 'I stopped asking.',
    });
    await must(amender, caseId, {
      type: 'writeRoleSwapStory',
      ref: 'Her story, as she would tell it.',
    });
    await must(hurt, caseId, {
      type: 'writeRoleSwapStory',
      ref: 'His story, as he would tell it.',
    });
    await must(hurt, caseId, { type: 'rateRoleSwap', rating: 4 });
    await must(amender, caseId, { type: 'rateRoleSwap', rating: 5 });
    expect((await detail(amender, caseId)).step).toBe('apology');

    // Step 3: not yet, then a better apology, then forgiveness.
    const first = newItemId();
    await must(amender, caseId, { type: 'sendApology', apologyId: first, ref: 'I am sorry.' });
    await must(hurt, caseId, {
      type: 'answerApology',
      apologyId: first,
      answer: 'not_yet',
      missingRef: 'Say what you will change.',
    });
    const second = newItemId();
    await must(amender, caseId, {
      type: 'sendApology',
      apologyId: second,
      ref: 'I am sorry; from now on I will…',
    });
    await must(hurt, caseId, { type: 'answerApology', apologyId: second, answer: 'forgive' });

    const after = await detail(amender, caseId);
    expect(after.step).toBe('sincerity');
    expect(after.progress.apologies.map((apology) => apology.answer)).toEqual([
      'not_yet',
      'forgive',
    ]);
    expect((await amender.get('/api/cases')).json()).toMatchObject({
      cases: [{ id: caseId, step: 'sincerity' }],
    });
  });

  it('refuses what the wrong person or the wrong step asks, with a clear message', async () => {
    await must(amender, caseId, {
      type: 'sendDisclosure',
      ref: 'The whole truth.',
      wholeTruthConfirmed: true,
    });
    await hurt.post(`/api/invitations/${await invite(amender, caseId)}/accept`);

    const cases = [
      [amender, { type: 'acknowledgeDisclosure' }, 403, 'wrong_role'],
      [hurt, { type: 'sendApology', apologyId: newItemId(), ref: 'x' }, 403, 'wrong_role'],
      [amender, { type: 'sendApology', apologyId: newItemId(), ref: 'x' }, 409, 'wrong_step'],
      [amender, { type: 'sendMessage', messageId: newItemId(), ref: 'x' }, 409, 'wrong_step'],
      [hurt, { type: 'rateRoleSwap', rating: 3 }, 409, 'wrong_step'],
      [
        amender,
        { type: 'sendDisclosure', ref: 'again', wholeTruthConfirmed: true },
        409,
        'already_done',
      ],
    ] as const;
    for (const [client, command, status, code] of cases) {
      const response = await act(client, caseId, command);
      expect(response.statusCode, `${command.type}: ${response.body}`).toBe(status);
      expect(response.json()).toMatchObject({
        error: { code, message: expect.stringMatching(/\w/) },
      });
    }
    const notConfirmed = await act(amender, caseId, {
      type: 'sendDisclosure',
      ref: 'x',
      wholeTruthConfirmed: false,
    });
    expect(notConfirmed.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('does a retried command once: a resent message is not doubled', async () => {
    await must(amender, caseId, {
      type: 'sendDisclosure',
      ref: 'Truth.',
      wholeTruthConfirmed: true,
    });
    const commandId = crypto.randomUUID();
    const command = { type: 'draftApology', ref: 'A draft' };
    const first = await act(amender, caseId, command, commandId);
    const again = await act(amender, caseId, command, commandId);
    expect(first.json()).toMatchObject({ replayed: false });
    expect(again.json()).toMatchObject({
      replayed: true,
      entries: first.json<{ entries: unknown }>().entries,
    });
    expect(
      (await timeline(amender, caseId)).filter((entry) => entry.event.type === 'apologyDrafted'),
    ).toHaveLength(1);
  });

  it('shows a non-member nothing of the case, whatever they try', async () => {
    const stranger = await signedUpClient(server.app);
    const token = await invite(amender, caseId);
    const attempts = [
      stranger.get(`/api/cases/${caseId}`),
      stranger.get(`/api/cases/${caseId}/timeline`),
      act(stranger, caseId, { type: 'sendDisclosure', ref: 'x', wholeTruthConfirmed: true }),
      act(stranger, caseId, { type: 'pauseCase' }),
      stranger.post(`/api/cases/${caseId}/invitations`, {}),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    // The invitation itself is still open for the person it was meant for.
    expect((await stranger.get(`/api/invitations/${token}`)).json()).toMatchObject({
      status: 'open',
    });
  });

  it('says clearly when an invitation link is used, expired, one’s own, or unknown', async () => {
    const token = await invite(amender, caseId, 7);
    const own = await amender.post(`/api/invitations/${token}/accept`);
    expect(own.statusCode).toBe(409);
    expect(own.json()).toMatchObject({ error: { code: 'own_invitation' } });

    server.clock.advance(7 * DAY + 1000);
    expect((await hurt.get(`/api/invitations/${token}`)).json()).toMatchObject({
      status: 'expired',
    });
    const late = await hurt.post(`/api/invitations/${token}/accept`);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ error: { code: 'invitation_expired' } });

    const fresh = await invite(amender, caseId);
    expect((await hurt.post(`/api/invitations/${fresh}/accept`)).statusCode).toBe(200);
    const third = await signedUpClient(server.app);
    const used = await third.post(`/api/invitations/${fresh}/accept`);
    expect(used.statusCode).toBe(410);
    expect(used.json()).toMatchObject({ error: { code: 'invitation_used' } });

    const unknown = await third.get(`/api/invitations/${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'invitation_unknown' } });
  });
});
