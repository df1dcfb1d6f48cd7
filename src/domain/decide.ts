import type { UserId } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, Decision } from './commands.js';
import { decideApology } from './decide-apology.js';
import { decideConversation } from './decide-conversation.js';
import { decideDisclosure } from './decide-disclosure.js';
import { decideExercise } from './decide-exercises.js';
import { decideMembership, decideOpenCase } from './decide-membership.js';
import { decideLieOrReflection } from './decide-side.js';
import type { CaseEvent } from './events.js';
import { evolveAll } from './evolve.js';
import { decideExpectation } from './expectations.js';
import { refuse } from './result.js';
import { stepOpenedIfDue } from './step-rules.js';

/**
 * Decides a command against the case: the events to append, or a kind refusal with a stable code.
 * `state` is undefined only before `openCase`. Pure: the clock comes in as `now`.
 */
export function decide(
  state: CaseState | undefined,
  command: CaseCommand,
  actor: UserId,
  now: Date,
): Decision {
  if (Number.isNaN(now.getTime())) return refuse('invalid', 'The clock gave an invalid time.');
  const at = now.toISOString();
  if (command.type === 'openCase') return decideOpenCase(state, command, actor, at);
  if (state === undefined) return refuse('not_found', 'This case does not exist.');
  const decision = decideOnCase(state, command, actor, now);
  if (!decision.ok) return decision;
  return { ok: true, events: withStepAdvances(state, decision.events, actor, at) };
}

function decideOnCase(
  state: CaseState,
  command: Exclude<CaseCommand, { type: 'openCase' }>,
  actor: UserId,
  now: Date,
): Decision {
  const at = now.toISOString();
  switch (command.type) {
    case 'changeCauses':
    case 'invitePartner':
    case 'joinCase':
    case 'pauseCase':
    case 'resumeCase':
    case 'leaveCase':
      return decideMembership(state, command, actor, now);
    case 'draftDisclosure':
    case 'sendDisclosure':
    case 'acknowledgeDisclosure':
    case 'askQuestion':
    case 'answerQuestion':
      return decideDisclosure(state, command, actor, at);
    case 'writeReaction':
    case 'chooseCoolingPeriod':
    case 'markReady':
    case 'sendMessage':
      return decideConversation(state, command, actor, now);
    case 'submitCausesList':
    case 'nameOwnMistake':
    case 'writeRoleSwapStory':
    case 'rateRoleSwap':
      return decideExercise(state, command, actor, at);
    case 'draftApology':
    case 'sendApology':
    case 'answerApology':
    case 'welcomeNewApology':
      return decideApology(state, command, actor, at);
    case 'addExpectation':
    case 'markExpectation':
      return decideExpectation(state, command, actor, at);
    case 'recordLie':
    case 'submitReflection':
    case 'chooseFullPath':
      return decideLieOrReflection(state, command, actor, at);
  }
}

/** Appends a `stepOpened` for each step whose work the decided events completed. */
function withStepAdvances(
  state: CaseState,
  events: readonly CaseEvent[],
  actor: UserId,
  at: string,
): CaseEvent[] {
  const all = [...events];
  let current = evolveAll(state, events);
  for (
    let opened = stepOpenedIfDue(current, actor, at);
    opened !== undefined;
    opened = stepOpenedIfDue(current, actor, at)
  ) {
    all.push(opened);
    current = evolveAll(current, [opened]);
  }
  return all;
}
