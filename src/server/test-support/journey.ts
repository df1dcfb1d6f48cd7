import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { buildCase, signedUpClient, type TestClient } from './test-server.js';

export interface CaseEntry {
  seq: number;
  event: { type: string; by: string; ref?: string } & Record<string, unknown>;
}

/** Sends one command to a case with a fresh commandId; returns the raw response. */
export function act(
  client: TestClient,
  caseId: string,
  command: Record<string, unknown> & { type: string },
  commandId: string = randomUUID(),
): Promise<LightMyRequestResponse> {
  return client.post(`/api/cases/${caseId}/commands`, { commandId, command });
}

/** Sends a command that must be accepted, and fails the test with the server's words if not. */
export async function must(
  client: TestClient,
  caseId: string,
  command: Record<string, unknown> & { type: string },
): Promise<CaseEntry[]> {
  const response = await act(client, caseId, command);
  if (response.statusCode !== 200) {
    throw new Error(
      `${command.type} was refused (${String(response.statusCode)}): ${response.body}`,
    );
  }
  return response.json<{ entries: CaseEntry[] }>().entries;
}

/** A fresh id for an item inside a case (question, message, apology…). */
export const newItemId = (): string => randomUUID().replaceAll('-', '');

/** The timeline a member sees after `after`. */
export async function timeline(
  client: TestClient,
  caseId: string,
  after = 0,
): Promise<CaseEntry[]> {
  const response = await client.get(`/api/cases/${caseId}/timeline?after=${String(after)}`);
  return response.json<{ entries: CaseEntry[] }>().entries;
}

/** A case after the amender sent the disclosure and the hurt partner joined by invitation. */
export async function buildJoinedCase(
  app: FastifyInstance,
): Promise<{ amender: TestClient; hurt: TestClient; caseId: string }> {
  const amender = await signedUpClient(app);
  const hurt = await signedUpClient(app);
  const opened = await amender.post('/api/cases', buildCase());
  const caseId = opened.json<{ case: { id: string } }>().case.id;
  await must(amender, caseId, { type: 'sendDisclosure', ref: 'Truth.', wholeTruthConfirmed: true });
  const invitation = await amender.post(`/api/cases/${caseId}/invitations`, {});
  await hurt.post(`/api/invitations/${invitation.json<{ token: string }>().token}/accept`);
  return { amender, hurt, caseId };
}
