import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test-support/databases.js';
import {
  buildCase,
  buildUser,
  signedUpClient,
  startTestServer,
  TestClient,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(DATABASE_KINDS)('cases on %s', (kind) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(kind);
  });
  afterEach(async () => {
    await server.close();
  });

  it('starts a case at the first step and lists it for its opener', async () => {
    const client = await signedUpClient(server.app);
    const created = await client.post(
      '/api/cases',
      buildCase({ title: 'What happened in March', causes: ['lie', 'betrayal'], role: 'hurt' }),
    );
    expect(created.statusCode).toBe(201);
    const { case: opened } = created.json<{ case: { id: string } }>();
    expect(created.json()).toMatchObject({
      case: {
        title: 'What happened in March',
        causes: ['betrayal', 'lie'],
        myRole: 'hurt',
        step: 'disclosure',
      },
    });

    const list = await client.get('/api/cases');
    expect(list.json()).toMatchObject({
      cases: [{ id: opened.id, title: 'What happened in March' }],
    });
    expect((await client.get(`/api/cases/${opened.id}`)).json()).toMatchObject({
      case: { id: opened.id },
    });
  });

  it('lists the most recently changed case first', async () => {
    const client = await signedUpClient(server.app);
    await client.post('/api/cases', buildCase({ title: 'First' }));
    server.clock.advance(60_000);
    await client.post('/api/cases', buildCase({ title: 'Second' }));
    const titles = client
      .get('/api/cases')
      .then((r) => r.json<{ cases: { title: string }[] }>().cases.map((c) => c.title));
    expect(await titles).toEqual(['Second', 'First']);
  });

  it('shows a non-member nothing of a case: not in the list, 404 on the page', async () => {
    const owner = await signedUpClient(server.app);
    const { case: opened } = (await owner.post('/api/cases', buildCase())).json<{
      case: { id: string };
    }>();
    const stranger = await signedUpClient(server.app);

    expect((await stranger.get('/api/cases')).json()).toEqual({ cases: [] });
    const peek = await stranger.get(`/api/cases/${opened.id}`);
    expect(peek.statusCode).toBe(404);
    expect(peek.body).not.toContain('The night of the party');
    expect((await stranger.get(`/api/cases/${crypto.randomUUID()}`)).json()).toEqual(peek.json());
  });

  it('refuses a case with no cause, an unknown cause, a repeated cause, or no title', async () => {
    const client = await signedUpClient(server.app);
    const cases = [
      [buildCase({ causes: [] }), 'causes'],
      [buildCase({ causes: ['boredom'] }), 'causes'],
      [buildCase({ causes: ['lie', 'lie'] }), 'causes'],
      [buildCase({ title: '   ' }), 'title'],
      [buildCase({ role: 'mediator' }), 'role'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await client.post('/api/cases', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        response.json<{ error: { fields: Record<string, string> } }>().error.fields,
      ).toHaveProperty(field);
    }
    expect((await client.get('/api/cases')).json()).toEqual({ cases: [] });
  });

  it('answers 401 to every private route without a session', async () => {
    const anonymous = new TestClient(server.app);
    const id = crypto.randomUUID();
    for (const [method, url] of [
      ['GET', '/api/me'],
      ['GET', '/api/cases'],
      ['POST', '/api/cases'],
      ['GET', `/api/cases/${id}`],
    ] as const) {
      const response =
        method === 'GET' ? await anonymous.get(url) : await anonymous.post(url, buildCase());
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });

  it('keeps every account and case across a restart', async () => {
    const user = buildUser();
    const client = await signedUpClient(server.app, user);
    await client.post('/api/cases', buildCase({ title: 'Kept' }));

    await server.stop();
    server = await startTestServer(kind, {}, { database: server.database, clock: server.clock });
    client.reconnect(server.app);

    expect((await client.get('/api/cases')).json()).toMatchObject({ cases: [{ title: 'Kept' }] });
    const fresh = new TestClient(server.app);
    expect(
      (await fresh.post('/api/auth/signin', { email: user.email, password: user.password }))
        .statusCode,
    ).toBe(200);
    expect((await fresh.get('/api/cases')).json()).toMatchObject({ cases: [{ title: 'Kept' }] });
  });
});
