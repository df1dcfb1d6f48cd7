import { ApiClient } from './api-client.js';
import { buildPerson } from './people.js';
import type { RunningServer } from './server.js';

export interface ConversationScene {
  readonly alex: ApiClient;
  readonly sam: ApiClient;
  readonly caseId: string;
}

/**
 * A case whose live conversation is already open, set up through the API: Alex broke the trust
 * (a lie) and told the truth, Sam joined and acknowledged it, the pause passed, both are ready.
 */
export async function caseInConversation(
  server: RunningServer,
  title: string,
): Promise<ConversationScene> {
  const alex = new ApiClient(server.baseUrl);
  const sam = new ApiClient(server.baseUrl);
  await alex.signUp(buildPerson({ displayName: 'Alex' }));
  await sam.signUp(buildPerson({ displayName: 'Sam' }));
  const caseId = await alex.openCase(title, ['lie'], 'amender');
  await alex.act(caseId, { type: 'sendDisclosure', ref: 'I lied.', wholeTruthConfirmed: true });
  await sam.accept(await alex.invite(caseId));
  await sam.act(caseId, { type: 'acknowledgeDisclosure' });
  await sam.act(caseId, {
    type: 'chooseCoolingPeriod',
    until: new Date(Date.now() + 1000).toISOString(),
  });
  await server.advanceClock(60_000);
  await alex.act(caseId, { type: 'markReady' });
  await sam.act(caseId, { type: 'markReady' });
  return { alex, sam, caseId };
}
