import type { Locator, Page } from 'playwright-core';

export interface NewCase {
  readonly title: string;
  /** The causes as the form labels them, e.g. "A lie". */
  readonly causes: readonly string[];
  readonly role: 'I broke the trust' | 'I was hurt';
}

export class NewCasePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Start a case' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/cases/new');
    await this.heading.waitFor();
  }

  async startCase(newCase: NewCase): Promise<void> {
    await this.heading.waitFor();
    await this.page.getByLabel('Title').fill(newCase.title);
    const causes = this.page.getByRole('group', { name: 'What broke the trust?' });
    for (const cause of newCase.causes) {
      // Each checkbox's name also carries its explanation, so match on the start of it.
      await causes.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(cause)}`) }).check();
    }
    await this.page
      .getByRole('group', { name: 'Your role' })
      .getByRole('radio', { name: newCase.role })
      .check();
    await this.page.getByRole('button', { name: 'Start the case' }).click();
  }
}

export class CasePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async waitUntilShown(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  async causes(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: 'What broke the trust' })
      .getByRole('listitem')
      .allTextContents();
  }

  async role(): Promise<string> {
    return (await this.page.locator('.facts dd').first().textContent()) ?? '';
  }

  /** The title of the step marked as current (aria-current="step"). */
  async currentStep(): Promise<string> {
    const current = this.page.locator('[aria-current="step"] .step__title');
    return ((await current.textContent()) ?? '').replace('You are here', '').trim();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
