import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildCase, buildUser, startTestServer, TestClient } from '../test-support/test-server.js';

describe('logs', () => {
  it('record each request as structured JSON, with no content and no secrets', async () => {
    const stream = new PassThrough();
    let output = '';
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const server = await startTestServer('sqlite', { logLevel: 'info' }, undefined, stream);
    try {
      const user = buildUser({ password: 'my very secret passphrase' });
      const client = new TestClient(server.app);
      await client.post('/api/auth/signup', user);
      await client.post('/api/cases', buildCase({ title: 'The most private title' }));
      await client.get('/api/cases?token=abc123');
      await client.post('/api/auth/signin', { email: user.email, password: 'a wrong guess here' });
      await client.get('/api/invitations/abcdefghijklmnopqrstuvwxyz0123456789');
      await client.get('/invite/abcdefghijklmnopqrstuvwxyz0123456789');

      const lines = output.trim().split('\n');
      const entries = lines.map(
        (line) => JSON.parse(line) as { msg: string; req?: { path: string } },
      );
      expect(entries.some((entry) => entry.req?.path === '/api/cases')).toBe(true);
      for (const secret of [
        user.password,
        'a wrong guess here',
        user.email,
        'The most private title',
        'abc123',
        'abcdefghijklmnopqrstuvwxyz0123456789',
        'amends_session=',
      ]) {
        expect(output, secret).not.toContain(secret);
      }
    } finally {
      await server.close();
    }
  });
});
