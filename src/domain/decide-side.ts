import type { UserId } from '../protocol/index.js';
import { bothPartnersIn, otherRole } from './case-queries.js';
import type { CaseState } from './case-state.js';
import { accepted } from './commands.js';
import type { Decision, SideCommand } from './commands.js';
import type { CaseEvent } from './events.js';
import { asPartner, firstRefusal, refuseIfBlank } from './guards.js';
import { refuse } from './result.js';

type LieOrReflection = Extract<
  SideCommand,
  { type: 'recordLie' | 'submitReflection' | 'chooseFullPath' }
>;

/** The lie counter (cause `lie`) and the reflection path (cause `no_initial_trust`). */
export function decideLieOrReflection(
  state: CaseState,
  command: LieOrReflection,
  actor: UserId,
  at: string,
): Decision {
  switch (command.type) {
    case 'recordLie': {
      // The hurt partner records a lie they found out; the amender may admit one. Both count.
      const partner = asPartner(state, actor, 'record a lie');
      if (!partner.ok) return partner;
      const refusal = firstRefusal(
        () => refuseIfBlank(command.lieId, 'an id for this entry'),
        () => refuseIfBlank(command.ref, 'what happened'),
        () =>
          state.lies.entries.some((lie) => lie.id === command.lieId)
            ? refuse('already_done', 'This is already recorded.')
            : undefined,
      );
      return (
        refusal ??
        accepted({
          type: 'lieRecorded',
          at,
          by: actor,
          lieId: command.lieId,
          ref: command.ref,
          admitted: partner.value === 'amender',
        })
      );
    }
    case 'submitReflection': {
      const partner = asPartner(state, actor, 'write a reflection');
      if (!partner.ok) return partner;
      const refusal = firstRefusal(
        () =>
          state.path === 'reflection'
            ? undefined
            : refuse(
                'wrong_step',
                'The reflection is for cases where trust may never have been there; this case is on the full path.',
              ),
        () =>
          state.reflection.reflectedAt[partner.value] === null
            ? undefined
            : refuse('already_done', 'You have already written your reflection.'),
        () => refuseIfBlank(command.ref, 'your reflection'),
      );
      return (
        refusal ??
        accepted({
          type: 'reflectionSubmitted',
          at,
          by: actor,
          role: partner.value,
          ref: command.ref,
        })
      );
    }
    case 'chooseFullPath': {
      const partner = asPartner(state, actor, 'choose the full path');
      if (!partner.ok) return partner;
      const role = partner.value;
      const refusal = firstRefusal(
        () =>
          state.path === 'full'
            ? refuse('already_done', 'This case is already on the full path.')
            : undefined,
        () =>
          state.reflection.reflectedAt[role] === null
            ? refuse('not_ready', 'Please write your reflection first.')
            : undefined,
        () =>
          state.reflection.fullPathChosen[role]
            ? refuse('already_done', 'You have already chosen to go on.')
            : undefined,
        () =>
          bothPartnersIn(state)
            ? undefined
            : refuse(
                'waiting_for_partner',
                'Going on is a choice you make together: your partner needs to join first.',
              ),
      );
      if (refusal !== undefined) return refusal;
      const events: CaseEvent[] = [{ type: 'fullPathChosen', at, by: actor, role }];
      // The honest reflection comes first; the five steps open only if both choose to go on.
      if (state.reflection.fullPathChosen[otherRole(role)])
        events.push({ type: 'fullPathOpened', at, by: actor });
      return accepted(...events);
    }
  }
}
