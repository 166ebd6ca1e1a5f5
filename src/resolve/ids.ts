/**
 * Stable ids, derived from folded keys only: the same fact gets the same id in every store,
 * on every machine, in every run.
 */
import { createHash } from 'node:crypto';
import { slug } from '../model/keys.js';

function digest(parts: readonly (string | null)[], length = 16): string {
  return createHash('sha1').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, length);
}

export const personId = (key: string): string => `person:${slug(key)}`;
export const companyId = (key: string): string => `company:${slug(key)}`;
export const placeIdFor = (name: string): string => `place:${slug(name)}`;

export function roleId(personId: string, companyId: string, titleKey: string): string {
  return `role:${digest([personId, companyId, titleKey])}`;
}

export function expansionId(companyId: string, kind: string, placeId: string | null, partnerId: string | null): string {
  return `exp:${digest([companyId, kind, placeId, partnerId])}`;
}

/** A source is identified by its normalized text: the same text is the same source. */
export function sourceId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText).digest('hex');
}
