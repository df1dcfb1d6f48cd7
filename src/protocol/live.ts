import { z } from 'zod';
import { TimelineEntry } from './case-commands.js';

/** The live channel's version; a client speaking another one is told so and closed. */
export const LIVE_VERSION = 1;

/** What the browser says on a case's live channel. */
export const LiveClientMessage = z.discriminatedUnion('type', [
  /** Start (or resume after a reconnect) from the last entry this client has. */
  z
    .object({
      v: z.literal(LIVE_VERSION),
      type: z.literal('subscribe'),
      after: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ v: z.literal(LIVE_VERSION), type: z.literal('typing') }).strict(),
  z.object({ v: z.literal(LIVE_VERSION), type: z.literal('ping') }).strict(),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;

/** What the server says on it. */
export const LiveServerMessage = z.discriminatedUnion('type', [
  z.object({
    v: z.literal(LIVE_VERSION),
    type: z.literal('entries'),
    entries: z.array(TimelineEntry),
    lastSeq: z.number(),
  }),
  z.object({
    v: z.literal(LIVE_VERSION),
    type: z.literal('presence'),
    online: z.array(z.string()),
  }),
  z.object({ v: z.literal(LIVE_VERSION), type: z.literal('typing'), userId: z.string() }),
  z.object({ v: z.literal(LIVE_VERSION), type: z.literal('pong') }),
  z.object({ v: z.literal(LIVE_VERSION), type: z.literal('error'), message: z.string() }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessage>;
