import { randomUUID } from 'node:crypto';

export interface Person {
  readonly displayName: string;
  readonly email: string;
  readonly password: string;
}

/** A new person with a unique e-mail, so tests never depend on each other's accounts. */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  const id = randomUUID().slice(0, 8);
  return {
    displayName: 'Robin Ashdown',
    email: `robin.${id}@example.test`,
    password: 'a long and quiet evening walk',
    ...overrides,
  };
}
