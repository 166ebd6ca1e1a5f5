/**
 * A firm described by its place in one hyphenated word ("of Helsinki-based Arctic Mobility",
 * "from Oslo-listed Fjord Salmon"): the name after it is the employer, also when another firm
 * is named earlier in the sentence. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English place-described firms', () => {
  it('reads "T of Helsinki-based X" as a post at X', () => {
    const r = roles('Nordvik said Maria Lindgren would leave in June to become chief executive of Helsinki-based Arctic Mobility.', 'en');
    expect(r).toContainEqual(['Maria Lindgren', 'Arctic Mobility', 'chief executive', 'current']);
    expect(r.filter((row) => row[1] === 'Nordvik' && row[2] === 'chief executive')).toEqual([]);
  });
  it('reads "from Helsinki-based X" as the firm left', () => {
    expect(roles('Nordvik hired Maria Lindgren from Helsinki-based Arctic Mobility.', 'en')).toContainEqual(['Maria Lindgren', 'Arctic Mobility', null, 'former']);
  });
});
