/**
 * Compact views of what the extractor reads from a made-up sentence, so a rule's test states
 * its expectation in one line.
 */
import { extract } from '../../src/extract/index.js';

export type RoleRow = [person: string, company: string, title: string | null, status: string];

/** Role facts as [person, company, title, status], published on a fixed date. */
export function roleRows(text: string, lang: 'fr' | 'en' = 'en'): RoleRow[] {
  return extract({ text, lang, published: '2025-02-01' }).roles.map((r) => [r.person, r.company, r.title, r.status]);
}

/** Expansion facts as "company | kind | place" ("—" for no place). */
export function expansionRows(text: string, lang: 'fr' | 'en'): string[] {
  return extract({ text, lang }).expansions.map((e) => [e.company, e.kind, e.place ?? '—'].join(' | '));
}

/** As expansionRows, with " | partner" after a partnership's place. */
export function expansionRowsWithPartner(text: string, lang: 'fr' | 'en'): string[] {
  return extract({ text, lang }).expansions.map((e) => [e.company, e.kind, e.place ?? '—', e.partner ?? ''].join(' | ').replace(/ \| $/, ''));
}

export type RoleKey = [person: string, company: string, status: string];

/** Role facts as their scoring key, [person, company, status]. */
export function roleKeys(text: string, lang: 'fr' | 'en'): RoleKey[] {
  return roleRows(text, lang).map(([person, company, , status]) => [person, company, status]);
}
