import { createContext, use } from 'react';
import type {
  CaseCommandInput,
  CaseDetail,
  PartnerRole,
  RunCommandResponse,
  TimelineEntry,
} from '../../../protocol/index.js';
import type { Live } from '../../hooks/useCaseLive.js';
import type { Journey } from '../../journey.js';

/** What every section of the case page reads: the case, its content, and a way to act. */
export interface CaseView {
  readonly detail: CaseDetail;
  readonly journey: Journey;
  readonly entries: readonly TimelineEntry[];
  readonly me: string;
  /** The viewer's role as a partner (a mediator has no part in steps 1 to 3). */
  readonly role: PartnerRole | null;
  /** The other partner's name, or a gentle stand-in before they joined. */
  readonly partnerName: string;
  readonly partnerJoined: boolean;
  readonly live: Live;
  /** Messages, answers… still on their way to the server. */
  readonly pending: readonly CaseCommandInput[];
  readonly send: (command: CaseCommandInput) => Promise<RunCommandResponse>;
}

export const CaseViewContext = createContext<CaseView | null>(null);

export function useCaseView(): CaseView {
  const view = use(CaseViewContext);
  if (view === null) throw new Error('useCaseView must be used inside the case page.');
  return view;
}

/** A fresh id for a message, question, apology…: 32 letters and digits, as the server allows. */
export const newItemId = (): string => crypto.randomUUID().replaceAll('-', '');
