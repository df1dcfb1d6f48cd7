import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCase,
  signedUpClient,
  startTestServer,
  type TestClient,
  type TestServer,
} from '../test-support/test-server.js';

describe('bad requests get a clear 4xx, never a 500', () => {
  let server: TestServer;
  let client: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    client = await signedUpClient(server.app);
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (payload: string, contentType = 'application/json') =>
    client.request({
      method: 'POST',
      url: '/api/cases',
      payload,
      headers: { 'content-type': contentType },
    });

  it('malformed JSON', async () => {
    const response = await post('{"title": "oops",');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: 'malformed_json', message: 'The request body is not valid JSON.' },
    });
  });

  it('a missing field', async () => {
    const response = await post(JSON.stringify({ title: 'No causes', role: 'amender' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation', fields: { causes: expect.any(String) } },
    });
  });

  it('an unknown field', async () => {
    const response = await post(JSON.stringify({ ...buildCase(), admin: true }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'validation' } });
  });

  it('a body over 1 MB', async () => {
    const response = await post(
      JSON.stringify({ ...buildCase(), title: 'x'.repeat(1024 * 1024 + 10) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      error: { code: 'too_large', message: expect.stringContaining('1 MB') },
    });
  });

  it('a body that is not JSON', async () => {
    const response = await post('title=hello', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('an unknown route', async () => {
    for (const url of ['/api/nothing-here', '/api/cases/not-a-uuid/extra']) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('a case id that is not an id', async () => {
    const response = await client.get('/api/cases/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { fields: { caseId: 'That is not a case id.' } },
    });
  });

  it('nothing was created by any of them', async () => {
    expect((await client.get('/api/cases')).json()).toEqual({ cases: [] });
  });
});

describe('the server describes and protects itself', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers the health check', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('serves an OpenAPI document that lists the routes', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/signup',
        '/api/auth/signin',
        '/api/cases',
        '/api/cases/{caseId}',
      ]),
    );
  });

  it('sends safe headers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
