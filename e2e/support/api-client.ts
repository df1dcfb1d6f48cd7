import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { HttpClient } from './http-client.js';
import type { Person } from './people.js';

/**
 * A person talking to the API directly, to set a scene quickly (a case already in its
 * conversation); what the test is about still happens in the browser.
 */
export class ApiClient {
  private readonly http: HttpClient;

  constructor(baseUrl: string) {
    this.http = new HttpClient(baseUrl);
  }

  /** Posts, and fails the test with the server's own words if it refused. */
  private async must(path: string, body: unknown): Promise<unknown> {
    const reply = await this.http.post(path, body);
    if (reply.status >= 300)
      throw new Error(`POST ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async signUp(person: Person): Promise<void> {
    await this.must('/api/auth/signup', person);
  }

  async openCase(title: string, causes: string[], role: 'amender' | 'hurt'): Promise<string> {
    const created = (await this.must('/api/cases', { title, causes, role })) as {
      case: { id: string };
    };
    return created.case.id;
  }

  async act(caseId: string, command: Record<string, unknown>): Promise<void> {
    await this.must(`/api/cases/${caseId}/commands`, { commandId: randomUUID(), command });
  }

  async invite(caseId: string): Promise<string> {
    return ((await this.must(`/api/cases/${caseId}/invitations`, {})) as { token: string }).token;
  }

  async accept(token: string): Promise<void> {
    await this.must(`/api/invitations/${token}/accept`, {});
  }

  /** Hands this person's session to a browser context, as if they had signed in there. */
  async signInBrowser(context: BrowserContext): Promise<void> {
    await context.addCookies(this.http.cookieList());
  }
}
