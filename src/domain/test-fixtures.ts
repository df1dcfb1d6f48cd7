// Builders for the domain's tests: people, a clock, and cases walked to each point of the journey.
import { CaseId, UserId } from '../protocol/index.js';
import type { Cause } from '../protocol/index.js';
import type { CaseState } from './case-state.js';
import type { CaseCommand, Decision } from './commands.js';
import { decide } from './decide.js';
import type { CaseEvent } from './events.js';
import { evolveAll, replay } from './evolve.js';
import { contentRef, invitationId, itemId } from './ids.js';
import type { ContentRef, InvitationId, ItemId } from './ids.js';

export const CASE_ID = CaseId.parse('0b6f3c52-6f3e-4d7e-9a51-2f1b2c3d4e5f');
export const AMENDER = UserId.parse('11111111-1111-4111-8111-111111111111');
export const HURT = UserId.parse('22222222-2222-4222-8222-222222222222');
export const STRANGER = UserId.parse('33333333-3333-4333-8333-333333333333');
export const MEDIATOR = UserId.parse('44444444-4444-4444-8444-444444444444');

/** The test clock's origin; `at(minutes)` moves from it. */
export const T0 = new Date('2030-03-01T09:00:00.000Z');

/** A time `minutes` after T0. */
export function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * 60_000);
}

/** A time `days` after T0. */
export function days(count: number): Date {
  return at(count * 24 * 60);
}

/** Opaque content for tests. */
export function ref(name: string): ContentRef {
  return contentRef(`ciphertext:${name}`);
}

/** A caller-chosen item id. */
export function id(name: string): ItemId {
  return itemId(name);
}

export const INVITE: InvitationId = invitationId('invitation-1');

/** A case and the whole timeline that produced it. */
export interface Walk {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
}

/** Decides and applies a command, failing the test loudly when the domain refuses it. */
export function apply(walk: Walk, command: CaseCommand, actor: UserId, now: Date = T0): Walk {
  const decision: Decision = decide(walk.state, command, actor, now);
  if (!decision.ok)
    throw new Error(`${command.type} refused: ${decision.error.code} ${decision.error.message}`);
  return {
    state: evolveAll(walk.state, decision.events),
    events: [...walk.events, ...decision.events],
  };
}

/** A case just opened by `opener` in `role` with these causes. */
export function opened(
  causes: readonly Cause[] = ['betrayal'],
  role: 'amender' | 'hurt' = 'amender',
  opener: UserId = AMENDER,
): Walk {
  const decision = decide(
    undefined,
    { type: 'openCase', caseId: CASE_ID, causes, role },
    opener,
    T0,
  );
  if (!decision.ok) throw new Error(decision.error.message);
  const state = replay(decision.events);
  if (state === undefined) throw new Error('openCase must produce caseOpened');
  return { state, events: decision.events };
}

/** The amender opened the case and invited the hurt partner, who has not joined yet. */
export function invited(causes: readonly Cause[] = ['betrayal']): Walk {
  return apply(opened(causes), { type: 'invitePartner', invitationId: INVITE }, AMENDER);
}

/** Both partners are in; the disclosure was sent before the invitation (practice alone). */
export function joined(causes: readonly Cause[] = ['betrayal']): Walk {
  const sent = apply(
    opened(causes),
    { type: 'sendDisclosure', ref: ref('disclosure'), wholeTruthConfirmed: true },
    AMENDER,
  );
  const inv = apply(sent, { type: 'invitePartner', invitationId: INVITE }, AMENDER);
  return apply(inv, { type: 'joinCase', invitationId: INVITE }, HURT, at(10));
}

/** Both partners are in and nothing has been sent yet. */
export function joinedWithoutDisclosure(causes: readonly Cause[] = ['betrayal']): Walk {
  return apply(invited(causes), { type: 'joinCase', invitationId: INVITE }, HURT, at(10));
}

/** The hurt partner acknowledged the disclosure: step 2 (conversation) is open, not the talk. */
export function acknowledged(causes: readonly Cause[] = ['betrayal']): Walk {
  return apply(joined(causes), { type: 'acknowledgeDisclosure' }, HURT, at(20));
}

/** Both said they are ready (no cooling period): the live conversation is open. */
export function conversationOpen(causes: readonly Cause[] = ['betrayal']): Walk {
  const amenderReady = apply(acknowledged(causes), { type: 'markReady' }, AMENDER, at(30));
  return apply(amenderReady, { type: 'markReady' }, HURT, at(31));
}

/** Every exercise of step 2 done: the apology step (3) is open. */
export function apologyOpen(causes: readonly Cause[] = ['betrayal']): Walk {
  const steps: [CaseCommand, UserId][] = [
    [{ type: 'submitCausesList', causes: ['betrayal', 'lie'] }, AMENDER],
    [{ type: 'submitCausesList', causes: ['betrayal'] }, HURT],
    [{ type: 'nameOwnMistake', mistakeId: id('m1'), ref: ref('mistake-a') }, AMENDER],
    [{ type: 'nameOwnMistake', mistakeId: id('m2'), ref: ref('mistake-h') }, HURT],
    [{ type: 'writeRoleSwapStory', ref: ref('story-a') }, AMENDER],
    [{ type: 'writeRoleSwapStory', ref: ref('story-h') }, HURT],
    [{ type: 'rateRoleSwap', rating: 4 }, HURT],
    [{ type: 'rateRoleSwap', rating: 3 }, AMENDER],
  ];
  return steps.reduce(
    (walk, [command, actor]) => apply(walk, command, actor, at(40)),
    conversationOpen(causes),
  );
}

/** An apology was sent and waits for its answer. */
export function apologySent(causes: readonly Cause[] = ['betrayal']): Walk {
  return apply(
    apologyOpen(causes),
    { type: 'sendApology', apologyId: id('apology-1'), ref: ref('apology-1') },
    AMENDER,
    at(50),
  );
}

/** The same state with some members swapped in (to test a mediator or a missing partner). */
export function withMembers(state: CaseState, members: CaseState['members']): CaseState {
  return { ...state, members };
}

/** The case with a mediator added, as part 2 will allow. */
export function withMediator(state: CaseState): CaseState {
  return withMembers(state, [
    ...state.members,
    { userId: MEDIATOR, role: 'mediator', joinedAt: T0.toISOString(), invitedBy: AMENDER },
  ]);
}

/** The error code of a refused decision, or 'accepted' (so tables can compare one value). */
export function outcome(decision: Decision): string {
  return decision.ok ? 'accepted' : decision.error.code;
}

/** Blank content, which the domain refuses wherever content is required. */
export const BLANK: ContentRef = contentRef('  ');
