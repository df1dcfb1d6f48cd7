import { CsrfResponse } from '../../src/protocol/index.js';

/** What came back; callers check the body against the protocol's schemas. */
export interface Reply {
  status: number;
  body: unknown;
}

/** A small HTTP client for tests that talk to a real server process: cookies and CSRF, like a browser. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(private baseUrl: string) {}

  /** Points at a restarted server; cookies are kept, the CSRF token is fetched again. */
  moveTo(baseUrl: string): void {
    this.baseUrl = baseUrl;
    this.csrf = undefined;
  }

  /** The cookies this client holds, to hand its session to a browser context. */
  cookieList(): { name: string; value: string; url: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value, url: this.baseUrl }));
  }

  async get(path: string): Promise<Reply> {
    return this.send('GET', path);
  }

  async post(path: string, body: unknown): Promise<Reply> {
    this.csrf ??= CsrfResponse.parse((await this.get('/api/csrf')).body).token;
    return this.send('POST', path, body);
  }

  private async send(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrf !== undefined) headers['x-csrf-token'] = this.csrf;
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  }
}
