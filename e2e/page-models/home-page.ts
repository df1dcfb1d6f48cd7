import type { Locator, Page } from 'playwright-core';

export interface ListedCase {
  readonly title: string;
  readonly causes: string[];
  readonly role: string;
  readonly step: string;
}

export class HomePage {
  readonly heading: Locator;
  readonly cases: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Your cases' });
    this.cases = page.getByRole('main').getByRole('article');
    this.emptyState = page.getByRole('heading', { name: 'No cases yet' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/home');
    await this.waitUntilShown();
  }

  /** The page is shown once its heading is there and the list (or its empty state) has loaded. */
  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor();
    await this.page.getByText('Loading your cases…').waitFor({ state: 'detached' });
  }

  /** The name in the header, which says who is signed in. */
  async signedInAs(): Promise<string> {
    const nav = this.page.getByRole('navigation', { name: 'Account' });
    await nav.getByRole('button', { name: 'Sign out' }).waitFor();
    return (await nav.locator('.site-nav__name').textContent()) ?? '';
  }

  async listedCases(): Promise<ListedCase[]> {
    await this.waitUntilShown();
    const listed: ListedCase[] = [];
    for (const card of await this.cases.all()) {
      listed.push({
        title: (await card.getByRole('heading').textContent()) ?? '',
        causes: await card
          .getByRole('list', { name: 'What broke the trust' })
          .getByRole('listitem')
          .allTextContents(),
        role: (await card.locator('dd').nth(0).textContent()) ?? '',
        step: (await card.locator('dd').nth(1).textContent()) ?? '',
      });
    }
    return listed;
  }

  /** What the card of a case says this person can do next. */
  async nextFor(title: string): Promise<string[]> {
    const card = this.cases.filter({ has: this.page.getByRole('heading', { name: title }) });
    const list = card.getByRole('list', { name: 'Next for you' });
    await list.waitFor();
    return list.getByRole('listitem').allTextContents();
  }

  async startCase(): Promise<void> {
    await this.page.getByRole('link', { name: 'Start a case' }).click();
  }

  async openCase(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
