import { Cause, PartnerRole, type TimelineEntry } from '../protocol/index.js';

// The written content of a case lives only in its timeline. This reads the entries a member may
// see and puts the content back together, piece by piece, for the sections of the case page.

export type TimelineEvent = TimelineEntry['event'];
export type ExpectationMark = 'knew' | 'didnt_know' | 'dont_agree';
export type ApologyAnswer = 'forgive' | 'not_yet' | 'cant';

/** One piece of writing: what it says, when, and whether the viewer wrote it. */
export interface Written {
  readonly id: string;
  readonly text: string;
  readonly at: string;
  readonly by: string;
  readonly mine: boolean;
}

export interface Question extends Written {
  readonly answer: Written | null;
}
export interface Reaction extends Written {
  readonly private: boolean;
}
export interface Expectation extends Written {
  readonly mark: ExpectationMark | null;
}
export interface Apology extends Written {
  readonly answer: {
    readonly answer: ApologyAnswer;
    readonly missing: string | null;
    readonly at: string;
  } | null;
}
export interface RoleSwapStory extends Written {
  readonly role: PartnerRole;
  readonly rating: number | null;
  readonly comment: string | null;
}

export interface Journey {
  readonly disclosureDraft: string | null;
  readonly disclosure: Written | null;
  readonly questions: readonly Question[];
  readonly reactions: readonly Reaction[];
  readonly messages: readonly Written[];
  readonly myCausesList: readonly Cause[] | null;
  readonly ownMistakes: readonly Written[];
  readonly roleSwapStories: readonly RoleSwapStory[];
  readonly apologyDraft: string | null;
  readonly apologies: readonly Apology[];
  readonly expectations: readonly Expectation[];
  /** My own reflection (no_initial_trust): private, so only ever mine. */
  readonly reflection: string | null;
}

const text = (event: TimelineEvent, field: string): string => {
  const value = event[field];
  return typeof value === 'string' ? value : '';
};
const optionalText = (event: TimelineEvent, field: string): string | null => {
  const value = event[field];
  return typeof value === 'string' ? value : null;
};

/** Rebuilds everything written in a case from the entries `me` may see, in timeline order. */
export function readJourney(entries: readonly TimelineEntry[], me: string): Journey {
  const written = (event: TimelineEvent, idField: string, refField = 'ref'): Written => ({
    id: text(event, idField),
    text: text(event, refField),
    at: event.at,
    by: event.by,
    mine: event.by === me,
  });
  let disclosureDraft: string | null = null;
  let disclosure: Written | null = null;
  let apologyDraft: string | null = null;
  let myCausesList: Cause[] | null = null;
  let reflection: string | null = null;
  const questions = new Map<string, Question>();
  const reactions: Reaction[] = [];
  const messages: Written[] = [];
  const ownMistakes: Written[] = [];
  const stories = new Map<PartnerRole, RoleSwapStory>();
  const apologies = new Map<string, Apology>();
  const expectations = new Map<string, Expectation>();

  for (const { event } of entries) {
    switch (event.type) {
      case 'disclosureDrafted':
        if (event.by === me) disclosureDraft = text(event, 'ref');
        break;
      case 'disclosureSent':
        disclosure = written(event, 'type');
        // What was sent replaces the draft: the next draft starts from a clean page.
        if (event.by === me) disclosureDraft = null;
        break;
      case 'questionAsked':
        questions.set(text(event, 'questionId'), { ...written(event, 'questionId'), answer: null });
        break;
      case 'questionAnswered': {
        const question = questions.get(text(event, 'questionId'));
        if (question !== undefined)
          questions.set(question.id, { ...question, answer: written(event, 'questionId') });
        break;
      }
      case 'reactionWritten':
        reactions.push({ ...written(event, 'reactionId'), private: event.private === true });
        break;
      case 'messageSent':
        messages.push(written(event, 'messageId'));
        break;
      case 'causesListSubmitted': {
        const causes = Cause.array().safeParse(event.causes);
        if (event.by === me && causes.success) myCausesList = causes.data;
        break;
      }
      case 'reflectionSubmitted':
        if (event.by === me) reflection = text(event, 'ref');
        break;
      case 'ownMistakeNamed':
        ownMistakes.push(written(event, 'mistakeId'));
        break;
      case 'roleSwapStoryWritten': {
        const role = PartnerRole.safeParse(event.role);
        if (role.success)
          stories.set(role.data, {
            ...written(event, 'role'),
            role: role.data,
            rating: null,
            comment: null,
          });
        break;
      }
      case 'roleSwapRated': {
        const role = PartnerRole.safeParse(event.storyOf);
        const story = role.success ? stories.get(role.data) : undefined;
        if (story !== undefined && typeof event.rating === 'number')
          stories.set(story.role, {
            ...story,
            rating: event.rating,
            comment: optionalText(event, 'commentRef'),
          });
        break;
      }
      case 'apologyDrafted':
        if (event.by === me) apologyDraft = text(event, 'ref');
        break;
      case 'apologySent':
        apologies.set(text(event, 'apologyId'), { ...written(event, 'apologyId'), answer: null });
        if (event.by === me) apologyDraft = null;
        break;
      case 'apologyAnswered': {
        const apology = apologies.get(text(event, 'apologyId'));
        const answer = event.answer;
        if (apology !== undefined && isApologyAnswer(answer))
          apologies.set(apology.id, {
            ...apology,
            answer: { answer, missing: optionalText(event, 'missingRef'), at: event.at },
          });
        break;
      }
      case 'expectationAdded':
        expectations.set(text(event, 'expectationId'), {
          ...written(event, 'expectationId'),
          mark: null,
        });
        break;
      case 'expectationMarked': {
        const item = expectations.get(text(event, 'expectationId'));
        const mark = event.mark;
        if (item !== undefined && isMark(mark)) expectations.set(item.id, { ...item, mark });
        break;
      }
    }
  }
  return {
    disclosureDraft,
    disclosure,
    questions: [...questions.values()],
    reactions,
    messages,
    myCausesList,
    ownMistakes,
    roleSwapStories: [...stories.values()],
    apologyDraft,
    apologies: [...apologies.values()],
    expectations: [...expectations.values()],
    reflection,
  };
}

function isApologyAnswer(value: unknown): value is ApologyAnswer {
  return value === 'forgive' || value === 'not_yet' || value === 'cant';
}

function isMark(value: unknown): value is ExpectationMark {
  return value === 'knew' || value === 'didnt_know' || value === 'dont_agree';
}
