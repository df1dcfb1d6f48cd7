import type { CaseId, UserId } from '../protocol/index.js';

/** Re-exported so callers of the domain can name people and cases from one place. */
export type { CaseId, UserId };

declare const brand: unique symbol;

/** A nominal type: the same string, but not interchangeable with another kind of id. */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/**
 * An opaque reference to a piece of written content (a disclosure, a question, an apology…).
 * The domain never reads it: it may be a ciphertext id or the ciphertext itself.
 */
export type ContentRef = Brand<string, 'ContentRef'>;

/** The id of an item inside a case (question, apology, expectation, message…), chosen by the caller. */
export type ItemId = Brand<string, 'ItemId'>;

/** The id of an invitation to a case, chosen by the caller (the secret token is not the id). */
export type InvitationId = Brand<string, 'InvitationId'>;

/** Marks a string as opaque written content; the domain only checks that it is not empty. */
export function contentRef(value: string): ContentRef {
  return value as ContentRef;
}

/** Marks a caller-chosen string as the id of an item inside a case. */
export function itemId(value: string): ItemId {
  return value as ItemId;
}

/** Marks a caller-chosen string as the id of an invitation. */
export function invitationId(value: string): InvitationId {
  return value as InvitationId;
}

/** True when an opaque string carries something: ids and references may not be blank. */
export function isPresent(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
