import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test-support/databases.js';
import {
  buildUser,
  startTestServer,
  TestClient,
  type TestServer,
} from '../test-support/test-server.js';

describe.each(DATABASE_KINDS)('accounts on %s', (kind) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(kind);
  });
  afterEach(async () => {
    await server.close();
  });

  it('signs a person up, keeps them signed in, and signs them out', async () => {
    const client = new TestClient(server.app);
    const user = buildUser({ displayName: 'Ada' });

    const signUp = await client.post('/api/auth/signup', user);
    expect(signUp.statusCode).toBe(201);
    expect(signUp.json()).toMatchObject({ user: { email: user.email, displayName: 'Ada' } });
    expect(signUp.body).not.toContain('password');

    const session = signUp.cookies.find((cookie) => cookie.name === 'amends_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    expect((await client.get('/api/me')).json()).toMatchObject({ user: { email: user.email } });
    expect((await client.post('/api/auth/signout')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('signs in with the right password and refuses a wrong one with a clear message', async () => {
    const user = buildUser();
    await new TestClient(server.app).post('/api/auth/signup', user);

    const client = new TestClient(server.app);
    const wrong = await client.post('/api/auth/signin', {
      email: user.email,
      password: 'not the password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect((await client.get('/api/me')).statusCode).toBe(401);

    const unknown = await client.post('/api/auth/signin', {
      email: 'nobody@example.org',
      password: 'whatever it is',
    });
    expect(unknown.json()).toEqual(wrong.json());

    const right = await client.post('/api/auth/signin', {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(right.statusCode).toBe(200);
    expect((await client.get('/api/me')).json()).toMatchObject({ user: { email: user.email } });
  });

  it('refuses an e-mail that is taken, whatever its case', async () => {
    const user = buildUser();
    await new TestClient(server.app).post('/api/auth/signup', user);
    const again = await new TestClient(server.app).post('/api/auth/signup', {
      ...user,
      email: user.email.toUpperCase(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'email_taken', fields: { email: expect.any(String) } },
    });
  });

  it('refuses a weak password and a malformed e-mail, field by field', async () => {
    const client = new TestClient(server.app);
    const weak = await client.post('/api/auth/signup', buildUser({ password: 'short' }));
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      error: { code: 'validation', fields: { password: expect.stringContaining('at least 10') } },
    });
    const badEmail = await client.post('/api/auth/signup', buildUser({ email: 'not-an-email' }));
    expect(badEmail.json()).toMatchObject({
      error: { fields: { email: 'Please enter a valid e-mail address.' } },
    });
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('ends a session on the server when it expires', async () => {
    const client = new TestClient(server.app);
    await client.post('/api/auth/signup', buildUser());
    server.clock.advance(31 * 24 * 60 * 60 * 1000);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });
});

describe('sign-in protection', () => {
  it('limits sign-in attempts per address and says so kindly', async () => {
    const server = await startTestServer('sqlite', { authRateLimit: 3 });
    try {
      const client = new TestClient(server.app);
      const attempt = () =>
        client.post('/api/auth/signin', { email: 'a@example.org', password: 'wrong password' });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({
        error: { code: 'rate_limited', message: expect.stringContaining('wait') },
      });
    } finally {
      await server.close();
    }
  });

  it('refuses a state-changing request without a CSRF token', async () => {
    const server = await startTestServer('sqlite');
    try {
      const client = new TestClient(server.app);
      const response = await client.request({
        method: 'POST',
        url: '/api/auth/signup',
        payload: buildUser(),
        csrf: false,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'csrf' } });
      const forged = await client.request({
        method: 'POST',
        url: '/api/auth/signup',
        payload: buildUser(),
        headers: { 'x-csrf-token': 'forged' },
        csrf: false,
      });
      expect(forged.statusCode).toBe(403);
    } finally {
      await server.close();
    }
  });
});

describe('the session endpoint', () => {
  it('answers a visitor with no user, and a signed-in person with their account', async () => {
    const server = await startTestServer('sqlite');
    try {
      const visitor = new TestClient(server.app);
      const before = await visitor.get('/api/session');
      expect(before.statusCode).toBe(200);
      expect(before.json()).toEqual({ user: null });
      const user = buildUser();
      await visitor.post('/api/auth/signup', user);
      expect((await visitor.get('/api/session')).json()).toMatchObject({
        user: { email: user.email },
      });
    } finally {
      await server.close();
    }
  });
});
