import type { CaseCommand, ContentRef, ItemId } from '../../domain/index.js';
import type { CaseCommandInput } from '../../protocol/index.js';

/** The commands a member sends through the generic commands route. */
export type MemberCommand = Exclude<
  CaseCommand,
  { type: 'openCase' | 'invitePartner' | 'joinCase' }
>;

type Loosen<T> = {
  -readonly [K in keyof T]: T[K] extends ContentRef | ItemId
    ? string
    : T[K] extends ContentRef | undefined
      ? string | undefined
      : T[K] extends readonly (infer E)[]
        ? E[]
        : T[K];
};
type WireShape<C> = C extends unknown ? Loosen<C> : never;

// The wire schema and the domain's commands must describe the same shapes, brands aside: these
// two lines stop the typecheck the day one of them changes without the other.
export type WireMatchesDomain = [
  CaseCommandInput extends WireShape<MemberCommand> ? true : never,
  WireShape<MemberCommand> extends CaseCommandInput ? true : never,
];
const shapesMatch: WireMatchesDomain = [true, true];
export { shapesMatch as _shapesMatch };

/**
 * A validated command from the wire, as the domain's type. Safe because the schema checked every
 * field and the two shapes are proven equal above; the brands only mark strings as opaque.
 */
export function toDomainCommand(input: CaseCommandInput): MemberCommand {
  return input as unknown as MemberCommand;
}
