/**
 * Who may write. Writes need `Authorization: Bearer <key>` equal to the server's
 * CAREERGRAPH_API_KEY; with no key configured, writes are off. Keys are compared in
 * constant time over their sha256 digests, so neither content nor length leaks by timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors.js';

/** The configured key, or null when none is set (blank counts as none). */
export function configuredKey(value: string | undefined | null): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (match[1] as string) : null;
}

export function requireWriteAccess(apiKey: string | null, authorization: string | null): void {
  if (apiKey === null) {
    throw new UnauthenticatedError(
      'writes are disabled on this server: set CAREERGRAPH_API_KEY in its environment, then send "Authorization: Bearer <key>"',
    );
  }
  const token = bearerToken(authorization);
  if (token === null) throw new UnauthenticatedError('this mutation needs the header "Authorization: Bearer <key>" (the server\'s CAREERGRAPH_API_KEY)');
  if (!sameSecret(token, apiKey)) throw new UnauthenticatedError('the API key in "Authorization: Bearer <key>" is not the server\'s CAREERGRAPH_API_KEY');
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
