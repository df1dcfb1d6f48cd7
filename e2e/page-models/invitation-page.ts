import type { Locator, Page } from 'playwright-core';

/** What a person sees when they open an invitation link. */
export class InvitationPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByText('Opening the invitation…').waitFor({ state: 'detached' });
  }

  /** The role the invitee would join in, as the page says it. */
  async offeredRole(): Promise<string> {
    return (await this.page.getByRole('main').locator('strong').first().textContent()) ?? '';
  }

  async createAccount(): Promise<void> {
    await this.page.getByRole('link', { name: 'Create an account to join' }).click();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accept and join' }).click();
  }
}
