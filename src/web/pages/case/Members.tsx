import { useCaseView } from './case-context.js';

/** Who is in the case and who has it open right now (from the live channel when it is up). */
export function Members() {
  const { detail, live, me } = useCaseView();
  return (
    <section className="section members" aria-labelledby="members-title">
      <h2 id="members-title" className="visually-hidden">
        People in this case
      </h2>
      <ul className="members__list">
        {detail.members.map((member) => {
          // The live channel knows best; before it answers, the case's own snapshot does.
          const online = member.isMe
            ? true
            : live.online === null
              ? member.online
              : live.online.some((id) => id !== me);
          return (
            <li key={member.role} className="member">
              <span
                className={online ? 'member__dot member__dot--online' : 'member__dot'}
                aria-hidden="true"
              />
              <span className="member__name">{member.isMe ? 'You' : member.displayName}</span>
              <span className="member__role">{roleInWords(member.role)}</span>
              <span className="member__presence">{online ? 'here now' : 'away'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function roleInWords(role: 'amender' | 'hurt' | 'mediator'): string {
  switch (role) {
    case 'amender':
      return 'broke the trust';
    case 'hurt':
      return 'was hurt';
    case 'mediator':
      return 'mediator';
  }
}
