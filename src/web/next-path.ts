/**
 * Where to go after signing in or up, from `?next=` or the router's state. Only a page of this
 * app is ever accepted, never an address someone slipped into a link.
 */
export function safeNextPath(candidate: unknown): string | undefined {
  return typeof candidate === 'string' && candidate.startsWith('/') && !candidate.startsWith('//')
    ? candidate
    : undefined;
}
