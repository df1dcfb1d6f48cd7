import type { UserId } from '../protocol/index.js';
import { isForgiven, pendingApology } from './case-queries.js';
import type { ApologyAnswer, CaseState } from './case-state.js';
import { accepted } from './commands.js';
import type { ApologyCommand, Decision } from './commands.js';
import { asRole, firstRefusal, refuseBeforeStep, refuseIfBlank } from './guards.js';
import { refuse } from './result.js';
import type { Refusal } from './result.js';

const ANSWERS: readonly ApologyAnswer[] = ['forgive', 'not_yet', 'cant'];

function refuseIfForgiven(state: CaseState): Refusal | undefined {
  return isForgiven(state)
    ? refuse('already_done', 'You have been forgiven: there is no apology left to send.')
    : undefined;
}

/** Step 3 (ask for forgiveness): a private draft, sending, and the hurt partner's answer. */
export function decideApology(
  state: CaseState,
  command: ApologyCommand,
  actor: UserId,
  at: string,
): Decision {
  switch (command.type) {
    case 'draftApology': {
      // Drafting is practice: allowed from the start and when alone; nobody else sees it.
      const amender = asRole(state, actor, 'amender', 'write the apology');
      if (!amender.ok) return amender;
      const refusal = firstRefusal(
        () => refuseIfForgiven(state),
        () => refuseIfBlank(command.ref, 'the draft'),
      );
      return refusal ?? accepted({ type: 'apologyDrafted', at, by: actor, ref: command.ref });
    }
    case 'sendApology': {
      const amender = asRole(state, actor, 'amender', 'send an apology');
      if (!amender.ok) return amender;
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'apology'),
        () => refuseIfForgiven(state),
        () =>
          pendingApology(state) === undefined
            ? undefined
            : refuse(
                'not_ready',
                'Your last apology is still waiting for an answer. Give your partner the time they need.',
              ),
        () =>
          state.apology.doorClosed
            ? refuse(
                'not_ready',
                "Your partner said they can't forgive. A new apology can follow only if they open the door again.",
              )
            : undefined,
        () => refuseIfBlank(command.apologyId, 'an id for the apology'),
        () => refuseIfBlank(command.ref, 'your apology'),
        () =>
          state.apology.history.some((apology) => apology.id === command.apologyId)
            ? refuse('already_done', 'This apology was already sent.')
            : undefined,
      );
      return (
        refusal ??
        accepted({
          type: 'apologySent',
          at,
          by: actor,
          apologyId: command.apologyId,
          ref: command.ref,
        })
      );
    }
    case 'answerApology': {
      const hurt = asRole(state, actor, 'hurt', 'answer the apology');
      if (!hurt.ok) return hurt;
      const apology = state.apology.history.find((candidate) => candidate.id === command.apologyId);
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'apology'),
        () =>
          apology === undefined
            ? refuse('not_found', "That apology isn't part of this case.")
            : undefined,
        () =>
          apology?.answer === null
            ? undefined
            : refuse('already_done', 'This apology has already been answered.'),
        () =>
          ANSWERS.includes(command.answer)
            ? undefined
            : refuse('invalid', "Please answer: I forgive you, not yet, or I can't."),
        () =>
          command.answer === 'not_yet' && command.missingRef === undefined
            ? refuse(
                'invalid',
                'Please say what is still missing, so a new apology can speak to it.',
              )
            : undefined,
        () =>
          command.missingRef === undefined
            ? undefined
            : refuseIfBlank(command.missingRef, 'what is missing'),
      );
      return (
        refusal ??
        accepted({
          type: 'apologyAnswered',
          at,
          by: actor,
          apologyId: command.apologyId,
          answer: command.answer,
          missingRef: command.missingRef ?? null,
        })
      );
    }
    case 'welcomeNewApology': {
      // Forgiveness is never forced: after "I can't", only the hurt partner can invite a new apology.
      const hurt = asRole(state, actor, 'hurt', 'open the door to a new apology');
      if (!hurt.ok) return hurt;
      const refusal = firstRefusal(
        () => refuseBeforeStep(state, 'apology'),
        () => refuseIfForgiven(state),
        () =>
          state.apology.doorClosed
            ? undefined
            : refuse('already_done', 'A new apology can already follow.'),
      );
      return refusal ?? accepted({ type: 'newApologyWelcomed', at, by: actor });
    }
  }
}
