import type { Locator, Page } from 'playwright-core';

/** The tabs of a case, by the start of their names (the current step's tab also says "now"). */
export type Section =
  | '1 · The whole truth'
  | '2 · Reaction and talk'
  | '3 · The apology'
  | 'Expectations'
  | 'What happened';

/** The case page as the journey's workspace: one person's view of one case. */
export class WorkspacePage {
  readonly heading: Locator;
  readonly next: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.next = page.getByRole('region', { name: 'What comes next' });
  }

  async waitUntilShown(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** Waits until the case says it is at this step ("Where you are"). */
  async waitForStep(step: number): Promise<void> {
    await this.page.locator('.facts').getByText(`Step ${step} of 5`).waitFor();
  }

  /** The open tab's panel. */
  get panel(): Locator {
    return this.page.locator('[role="tabpanel"]:not([hidden])');
  }

  async open(section: Section): Promise<Locator> {
    await this.page.getByRole('tab', { name: new RegExp(`^${escape(section)}`) }).click();
    return this.panel;
  }

  textbox(name: string): Locator {
    return this.panel.getByRole('textbox', { name, exact: true });
  }

  async press(name: string): Promise<void> {
    await this.panel.getByRole('button', { name, exact: true }).click();
  }

  /** The lines of "For you to do" (or "Waiting for"), as the person reads them. */
  async nextLines(list: 'For you to do' | 'Waiting for'): Promise<string[]> {
    const lines = this.next.getByRole('list', { name: list });
    if ((await lines.count()) === 0) return [];
    return lines.getByRole('listitem').allTextContents();
  }

  // ---------- step 1 ----------

  async writeDisclosure(text: string): Promise<void> {
    await this.open('1 · The whole truth');
    await this.textbox('What happened').fill(text);
  }

  async sendDisclosure(): Promise<void> {
    await this.panel.getByRole('checkbox', { name: 'This is the whole truth' }).check();
    await this.press('Send the whole truth');
  }

  /** The disclosure as the reader sees it, once it is shown. */
  disclosure(): Locator {
    return this.page.getByRole('article', { name: 'What happened, in full' });
  }

  async makeInvitationLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = this.page.getByRole('textbox', { name: 'Your invitation link' });
    await link.waitFor();
    return link.inputValue();
  }

  async askQuestion(text: string): Promise<void> {
    await this.textbox('Ask a question').fill(text);
    await this.press('Ask');
  }

  async answerQuestion(text: string): Promise<void> {
    await this.textbox('Your answer').fill(text);
    await this.press('Send the answer');
  }

  thread(): Locator {
    return this.panel.getByRole('region', { name: 'Questions and answers' });
  }

  // ---------- expectations ----------

  async addExpectation(text: string): Promise<void> {
    const panel = await this.open('Expectations');
    await this.textbox('Something I expect').fill(text);
    await this.press('Add to the map');
    await panel.getByRole('list', { name: 'Your expectations' }).getByText(text).waitFor();
  }

  async markExpectation(text: string, mark: 'I knew' | 'I didn’t know' | 'I don’t agree') {
    const panel = await this.open('Expectations');
    await panel
      .getByRole('group', { name: `Mark: ${text}` })
      .getByRole('button', { name: mark })
      .click();
    await panel.getByText(`You said: ${mark}`).waitFor();
  }

  async expectationList(name: 'Agreed' | 'For the conversation'): Promise<string[]> {
    const panel = await this.open('Expectations');
    const list = panel.getByRole('list', { name, exact: true });
    if ((await list.count()) === 0) return [];
    return list.getByRole('listitem').allTextContents();
  }

  // ---------- step 2 ----------

  async choosePause(label: 'One hour' | 'One day' | 'Three days'): Promise<void> {
    const panel = await this.open('2 · Reaction and talk');
    await panel.getByRole('radio', { name: label }).check();
    await this.press('Choose this pause');
    await panel.getByText(/You chose a pause until/).waitFor();
  }

  async markReady(): Promise<void> {
    await this.open('2 · Reaction and talk');
    await this.press('I’m ready to talk');
    await this.panel.getByText(/^You said you are ready\.|^You both said you were ready/).waitFor();
  }

  get messages(): Locator {
    return this.page.getByRole('log', { name: 'Messages' });
  }

  async writeMessage(text: string): Promise<void> {
    await this.open('2 · Reaction and talk');
    await this.textbox('Your message').fill(text);
  }

  async sendMessage(text: string): Promise<void> {
    await this.writeMessage(text);
    await this.panel.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** Waits until a message with this text is in the conversation, delivered (not "sending…"). */
  async waitForMessage(text: string): Promise<void> {
    await this.messages
      .getByRole('listitem')
      .filter({ hasText: text })
      .filter({ hasNotText: 'sending…' })
      .waitFor();
  }

  async messageTexts(): Promise<string[]> {
    return this.messages.locator('.message__text').allTextContents();
  }

  async submitCauses(labels: readonly string[]): Promise<void> {
    const group = this.panel.getByRole('group', { name: 'Choose what you think broke it' });
    for (const label of labels) await group.getByRole('checkbox', { name: label }).check();
    await this.press('Keep my list');
  }

  async nameMistake(text: string): Promise<void> {
    await this.textbox('A mistake of mine').fill(text);
    await this.press('Name it');
    await this.panel.getByRole('list', { name: 'Mistakes you named' }).getByText(text).waitFor();
  }

  async writeStory(partnerName: string, text: string): Promise<void> {
    await this.textbox(`The story as ${partnerName} would tell it`).fill(text);
    await this.press('Share my version');
  }

  async rateStory(rating: number, comment?: string): Promise<void> {
    await this.panel.getByRole('radio', { name: String(rating), exact: true }).check();
    if (comment !== undefined) await this.textbox('A word about it (optional)').fill(comment);
    await this.press('Send my answer');
  }

  // ---------- step 3 ----------

  async sendApology(text: string, label = 'My apology'): Promise<void> {
    await this.open('3 · The apology');
    await this.textbox(label).fill(text);
    await this.press('Send the apology');
  }

  async answerApology(answer: 'I forgive you' | 'Not yet' | 'I can’t', missing?: string) {
    const panel = await this.open('3 · The apology');
    await panel.getByRole('radio', { name: new RegExp(`^${answer}`) }).check();
    if (missing !== undefined) await this.textbox('What is missing?').fill(missing);
    await this.press('Send my answer');
  }

  apologies(): Locator {
    return this.page.getByRole('list', { name: 'Apologies' }).getByRole('listitem');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
