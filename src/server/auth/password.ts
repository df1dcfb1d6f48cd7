import { hash, verify } from '@node-rs/argon2';

// `Algorithm.Argon2id` is 2; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes): about 15 ms a hash on this kind of machine.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id and a random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong
// password and timing does not tell which accounts exist.
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash, or against a decoy when there is no account. */
export async function verifyPassword(
  stored: string | undefined,
  password: string,
): Promise<boolean> {
  if (stored === undefined) {
    decoy ??= hash('decoy password, never matches', OPTIONS);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
