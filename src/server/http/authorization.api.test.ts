import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, buildJoinedCase, newItemId } from '../test-support/journey.js';
import {
  signedUpClient,
  startTestServer,
  TestClient,
  type TestServer,
} from '../test-support/test-server.js';

type Who = 'anonymous' | 'stranger' | 'amender' | 'hurt';

/**
 * Every case route, asked by every kind of person: the status each must get. A stranger gets the
 * same 404 as for a case that does not exist; the wrong partner gets 403 with a reason.
 */
describe('who may do what, route by route', () => {
  let server: TestServer;
  let people: Record<Who, TestClient>;
  let caseId: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const joined = await buildJoinedCase(server.app);
    caseId = joined.caseId;
    people = {
      anonymous: new TestClient(server.app),
      stranger: await signedUpClient(server.app),
      amender: joined.amender,
      hurt: joined.hurt,
    };
  });
  afterAll(async () => {
    await server.close();
  });

  const routes: [
    string,
    (client: TestClient) => Promise<LightMyRequestResponse>,
    Record<Who, number>,
  ][] = [
    [
      'GET /api/cases',
      (c) => c.get('/api/cases'),
      { anonymous: 401, stranger: 200, amender: 200, hurt: 200 },
    ],
    [
      'GET /api/cases/:id',
      (c) => c.get(`/api/cases/${caseId}`),
      { anonymous: 401, stranger: 404, amender: 200, hurt: 200 },
    ],
    [
      'GET timeline',
      (c) => c.get(`/api/cases/${caseId}/timeline`),
      { anonymous: 401, stranger: 404, amender: 200, hurt: 200 },
    ],
    [
      'POST commands: ask a question (the hurt partner’s act)',
      (c) => act(c, caseId, { type: 'askQuestion', questionId: newItemId(), ref: 'Why?' }),
      { anonymous: 401, stranger: 404, amender: 403, hurt: 200 },
    ],
    [
      'POST commands: draft an apology (the amender’s act)',
      (c) => act(c, caseId, { type: 'draftApology', ref: 'A draft' }),
      { anonymous: 401, stranger: 404, amender: 200, hurt: 403 },
    ],
    [
      'POST invitations (the partner is already in)',
      (c) => c.post(`/api/cases/${caseId}/invitations`, {}),
      { anonymous: 401, stranger: 404, amender: 409, hurt: 409 },
    ],
  ];

  for (const [name, call, expected] of routes) {
    for (const who of Object.keys(expected) as Who[]) {
      it(`${name} — ${who} gets ${String(expected[who])}`, async () => {
        const response = await call(people[who]);
        expect(response.statusCode, response.body).toBe(expected[who]);
      });
    }
  }

  it('the live channel — anonymous 401, stranger 404, members connect', async () => {
    const url = `/api/cases/${caseId}/live`;
    await expect(server.app.injectWS(url)).rejects.toThrow(/401/);
    await expect(
      server.app.injectWS(url, { headers: { cookie: people.stranger.cookieHeader() } }),
    ).rejects.toThrow(/404/);
    for (const member of [people.amender, people.hurt]) {
      const socket = await server.app.injectWS(url, { headers: { cookie: member.cookieHeader() } });
      socket.terminate();
    }
  });
});
