import { describe, expect, it } from 'vitest';
import { SignUpPage } from './page-models/auth-pages.js';
import { NewCasePage } from './page-models/case-pages.js';
import { HomePage } from './page-models/home-page.js';
import { InvitationPage } from './page-models/invitation-page.js';
import { WorkspacePage } from './page-models/workspace-page.js';
import { openVisit, saveScreenshot } from './support/browser.js';
import { buildPerson } from './support/people.js';
import { useServerAndBrowser } from './support/suite.js';

const HOUR = 60 * 60 * 1000;

describe('Two people walk from the whole truth to forgiveness', () => {
  const suite = useServerAndBrowser();

  it('discloses, invites, talks live, and apologises until forgiven', async () => {
    const alex = buildPerson({ displayName: 'Alex' });
    const sam = buildPerson({ displayName: 'Sam' });
    const title = 'The spring I kept a secret';
    const a = await openVisit(suite.browser, suite.server.baseUrl);
    const b = await openVisit(suite.browser, suite.server.baseUrl, 'phone');
    const alexCase = new WorkspacePage(a.page);
    const samCase = new WorkspacePage(b.page);

    // Alex opens a case alone, as the one who broke the trust, after a betrayal.
    const signUp = new SignUpPage(a.page);
    await signUp.goto();
    await signUp.signUp(alex);
    const home = new HomePage(a.page);
    await home.waitUntilShown();
    await home.startCase();
    await new NewCasePage(a.page).startCase({
      title,
      causes: ['Betrayal'],
      role: 'I broke the trust',
    });
    await alexCase.waitUntilShown(title);
    expect(await alexCase.nextLines('For you to do')).toContain(
      'Write down what happened, in full, and send it.',
    );

    // Practising alone: the draft is kept as Alex writes, and is still there after a reload.
    const draftSaved = a.page.waitForRequest(
      (request) =>
        request.url().endsWith('/commands') &&
        (request.postData() ?? '').includes('draftDisclosure'),
    );
    await alexCase.writeDisclosure('In March I met someone else, twice.');
    await draftSaved;
    await a.page.waitForLoadState('networkidle');
    await a.page.reload();
    await alexCase.waitUntilShown(title);
    expect(await alexCase.textbox('What happened').inputValue()).toBe(
      'In March I met someone else, twice.',
    );
    const truth =
      'In March I met someone else, twice. I hid it from you and lied about where I was.';
    await alexCase.writeDisclosure(truth);
    await alexCase.sendDisclosure();
    await alexCase.disclosure().getByText(truth).waitFor();
    await saveScreenshot(a.page, 'journey-alone-desktop');

    // Alex invites Sam; the link says who invites and in which role Sam would join.
    const link = await alexCase.makeInvitationLink();
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    await saveScreenshot(a.page, 'journey-invite-desktop');

    const invitation = new InvitationPage(b.page);
    await invitation.goto(link);
    await invitation.heading.filter({ hasText: 'Alex invites you' }).waitFor();
    expect(await invitation.offeredRole()).toBe('the one who was hurt');
    await saveScreenshot(b.page, 'journey-invitation-phone');
    await invitation.createAccount();
    await new SignUpPage(b.page).signUp(sam);
    await invitation.accept();
    await samCase.waitUntilShown(title);

    // Sam's home page says what is theirs to do in this case.
    const samHome = new HomePage(b.page);
    await samHome.goto();
    expect(await samHome.nextFor(title)).toEqual([
      'Read what Alex wrote, and let them know you have read it.',
    ]);
    await samHome.openCase(title);
    await samCase.waitUntilShown(title);

    // Step 1: Sam reads the whole truth, says so, and asks; Alex answers, live.
    await samCase.disclosure().getByText(truth).waitFor();
    await samCase.press('I have read it');
    // The case moves on to step 2, and each page follows it there.
    await samCase.waitForStep(2);
    await alexCase.waitForStep(2);
    await samCase.open('1 · The whole truth');
    await samCase.panel.getByText('You said you have read it.').waitFor();
    await samCase.askQuestion('Who else knew about it?');
    await alexCase.open('1 · The whole truth');
    await alexCase.thread().getByText('Who else knew about it?').waitFor();
    await alexCase.answerQuestion('Nobody else knew. I told no one.');
    await samCase.thread().getByText('Nobody else knew. I told no one.').waitFor();
    await saveScreenshot(b.page, 'journey-step1-phone');

    // The expectations map: each adds one, each marks the other's.
    await alexCase.addExpectation('Tell me when something worries you.');
    await samCase.addExpectation('Answer your phone when you are away.');
    await alexCase.panel.getByText('Answer your phone when you are away.').waitFor();
    await alexCase.markExpectation('Answer your phone when you are away.', 'I didn’t know');
    await samCase.panel.getByText('Tell me when something worries you.').waitFor();
    await samCase.markExpectation('Tell me when something worries you.', 'I don’t agree');
    await alexCase.panel.getByText('Sam: I don’t agree').waitFor();
    expect(await alexCase.expectationList('Agreed')).toEqual([
      'Answer your phone when you are away.',
    ]);
    expect(await alexCase.expectationList('For the conversation')).toEqual([
      'Tell me when something worries you.',
    ]);
    await saveScreenshot(a.page, 'journey-expectations-desktop');

    // Step 2: Sam chooses a pause; once it has passed, both say they are ready.
    await samCase.choosePause('One hour');
    await alexCase.open('2 · Reaction and talk');
    await alexCase.panel.getByText(/Sam chose a pause until/).waitFor();
    await suite.server.advanceClock(2 * HOUR);
    await alexCase.markReady();
    await samCase.panel.getByText('Alex said they are ready.').waitFor();
    await samCase.markReady();
    await alexCase.messages.waitFor();
    await samCase.messages.waitFor();

    // The live conversation: each message shows up on the other page without a reload.
    await alexCase.sendMessage('I am here, and I am listening.');
    await samCase.waitForMessage('I am here, and I am listening.');
    await samCase.writeMessage('You never tell me anything.');
    await alexCase.panel.getByText('Sam is writing…').waitFor();
    // The coach beside the input nudges an accusing "you" and an absolute, and blocks nothing.
    await samCase.panel.locator('.coach-finding').first().waitFor();
    await saveScreenshot(b.page, 'journey-coach-nudge-phone');
    await samCase.panel.getByRole('button', { name: 'Send', exact: true }).click();
    await alexCase.waitForMessage('You never tell me anything.');
    await samCase.sendMessage('I felt alone for months.');
    await alexCase.waitForMessage('I felt alone for months.');
    expect(await alexCase.messageTexts()).toEqual([
      'I am here, and I am listening.',
      'You never tell me anything.',
      'I felt alone for months.',
    ]);
    await saveScreenshot(a.page, 'journey-conversation-desktop');

    // The causes, privately, then shown together.
    await alexCase.submitCauses(['Betrayal', 'A lie']);
    await alexCase.panel.getByText(/Your list is in/).waitFor();
    await samCase.submitCauses(['Betrayal']);
    const alexReveal = alexCase.panel.locator('.reveal');
    await alexReveal.waitFor();
    expect(await alexReveal.textContent()).toContain('You both choseBetrayal');
    expect(await alexReveal.textContent()).toContain('Only you choseA lie');

    // Own mistakes, and the role swap with its ratings.
    await alexCase.nameMistake('I lied instead of talking about what was wrong.');
    await samCase.nameMistake('I stopped asking how you were.');
    await alexCase.writeStory('Sam', 'I trusted Alex, and found out by chance. I felt foolish.');
    await samCase.writeStory('Alex', 'I felt distant and did not dare say it.');
    await samCase.panel
      .getByText('I trusted Alex, and found out by chance.', { exact: false })
      .waitFor();
    await samCase.rateStory(4, 'Close. It was more anger than feeling foolish.');
    await alexCase.panel.getByText('I felt distant and did not dare say it.').waitFor();
    await saveScreenshot(a.page, 'journey-exercises-desktop');
    await alexCase.rateStory(5);

    // Step 3: a first apology, "not yet" with what is missing, a better one, forgiveness.
    await alexCase.panel.getByRole('heading', { name: 'The apology' }).waitFor();
    await alexCase.sendApology('I am sorry for what I did.');
    await samCase.open('3 · The apology');
    await samCase.apologies().first().getByText('I am sorry for what I did.').waitFor();
    await samCase.answerApology('Not yet', 'Say what you will do differently.');
    await alexCase.panel
      .getByText('What is missing: “Say what you will do differently.”')
      .waitFor();
    await alexCase.sendApology(
      'I hurt you by lying and by meeting someone else. It was my choice, not yours. I should have told you what was wrong. From now on I will tell you where I am, and I am ashamed of what I did.',
      'A new apology',
    );
    await samCase.apologies().nth(1).waitFor();
    await samCase.answerApology('I forgive you');
    await alexCase.next.getByText('Step 4 of 5: Sincerity without pressure').waitFor();
    await samCase.next.getByText('Step 4 of 5: Sincerity without pressure').waitFor();
    expect(await alexCase.apologies().count()).toBe(2);
    await saveScreenshot(a.page, 'journey-forgiven-desktop');
    await saveScreenshot(b.page, 'journey-forgiven-phone');

    // The timeline keeps what happened, by whom, in plain words.
    const timeline = await alexCase.open('What happened');
    await timeline.getByText('Sam answered the apology.').last().waitFor();
    expect(await timeline.getByText('You sent the whole truth.').count()).toBe(1);

    expect(a.consoleErrors).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
