import type { Locator, Page } from 'playwright-core';
import type { Person } from '../support/people.js';

/** What both account forms share: the form's alert and the messages beside each input. */
abstract class AccountForm {
  readonly heading: Locator;
  /** The form-level message, announced to screen readers when it appears. */
  readonly alert: Locator;

  constructor(
    readonly page: Page,
    headingText: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: headingText });
    this.alert = page.getByRole('main').getByRole('alert');
  }

  /**
   * The error shown beside an input, found the way a screen reader hears it: through the input's
   * description. Call it after alertText(), which waits for the form to answer.
   */
  async errorFor(label: string): Promise<string> {
    const input = this.page.getByLabel(label, { exact: true });
    if ((await input.getAttribute('aria-invalid')) !== 'true') return '';
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const error = ids.split(' ').find((id) => id.endsWith('-error'));
    if (error === undefined) return '';
    return (await this.page.locator(`[id="${error}"]`).textContent()) ?? '';
  }

  /** Waits for the form-level message to say something, and returns it. */
  async alertText(): Promise<string> {
    await this.alert.filter({ hasText: /\S/ }).waitFor();
    return (await this.alert.textContent()) ?? '';
  }
}

export class SignUpPage extends AccountForm {
  constructor(page: Page) {
    super(page, 'Create your account');
  }

  async goto(): Promise<void> {
    await this.page.goto('/signup');
    await this.heading.waitFor();
  }

  async signUp(person: Person): Promise<void> {
    await this.page.getByLabel('Your name').fill(person.displayName);
    await this.page.getByLabel('E-mail').fill(person.email);
    await this.page.getByLabel('Password', { exact: true }).fill(person.password);
    await this.page.getByRole('button', { name: 'Create an account' }).click();
  }
}

export class SignInPage extends AccountForm {
  constructor(page: Page) {
    super(page, 'Welcome back');
  }

  async goto(): Promise<void> {
    await this.page.goto('/signin');
    await this.heading.waitFor();
  }

  async signIn(person: Pick<Person, 'email' | 'password'>): Promise<void> {
    await this.page.getByLabel('E-mail').fill(person.email);
    await this.page.getByLabel('Password', { exact: true }).fill(person.password);
    await this.page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  }
}
