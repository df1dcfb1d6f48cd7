import type { Locator, Page } from 'playwright-core';

export class LandingPage {
  readonly heading: Locator;
  readonly createAccountLink: Locator;
  readonly signInLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.createAccountLink = page
      .getByRole('main')
      .getByRole('link', { name: 'Create an account' });
    this.signInLink = page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.heading.waitFor();
  }
}
