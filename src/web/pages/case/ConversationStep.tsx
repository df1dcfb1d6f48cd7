import { CausesExercise } from './CausesExercise.js';
import { useCaseView } from './case-context.js';
import { Conversation } from './Conversation.js';
import { OwnMistakes } from './OwnMistakes.js';
import { ReactionSpace } from './ReactionSpace.js';
import { Readiness } from './Readiness.js';
import { RoleSwap } from './RoleSwap.js';

/** Step 2: room to react, a pause, readiness from both, then the conversation and exercises. */
export function ConversationStep() {
  const { detail, journey, role } = useCaseView();
  const opened = detail.step !== 'disclosure';
  const reactionSpace = role === 'hurt' || journey.reactions.length > 0 ? <ReactionSpace /> : null;
  return (
    <section aria-labelledby="conversation-step-title">
      <h2 id="conversation-step-title">Reaction, then a serious conversation</h2>
      {!opened ? (
        <p className="muted">
          This step opens once the whole truth has been sent and read. Nothing here is rushed.
        </p>
      ) : detail.progress.conversationOpen ? (
        // Once the conversation is open it comes first; the reaction space stays, further down.
        <>
          <Readiness />
          <Conversation />
          <CausesExercise />
          <OwnMistakes />
          <RoleSwap />
          {reactionSpace}
        </>
      ) : (
        <>
          {reactionSpace}
          <Readiness />
        </>
      )}
    </section>
  );
}
