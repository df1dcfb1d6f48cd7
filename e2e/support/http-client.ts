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

  async get<T>(path: string): Promise<{ status: number; body: T }> {
    return this.send<T>('GET', path);
  }

  async post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    this.csrf ??= (await this.get<{ token: string }>('/api/csrf')).body.token;
    return this.send<T>('POST', path, body);
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
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
    return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
  }
}
