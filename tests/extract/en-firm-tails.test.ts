/**
 * English firm names whose first word is also a given name ("Talbot Advisory", "Zarin
 * Trading", "Marlo Legal"): the last word of the name says it is a firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English firm-name tails', () => {
  it('reads advisory, trading and legal firms named after a given name as firms', () => {
    expect(roles('Ines Carvalho joins Talbot Advisory as a partner.', 'en')).toContainEqual(['Ines Carvalho', 'Talbot Advisory', 'partner', 'current']);
    expect(roles('Hamid Karimi, chief executive of Zarin Trading, said demand had slowed.', 'en')).toContainEqual(['Hamid Karimi', 'Zarin Trading', 'chief executive', 'current']);
    expect(roles('Maren Holt has joined Alden Legal as head of litigation.', 'en')).toContainEqual(['Maren Holt', 'Alden Legal', 'head of litigation', 'current']);
  });
  it('keeps the newcomer as the one who joins when a past firm is told first', () => {
    const r = roles('Ivan Petrov, who spent eight years at Morrow & Finch, joins Talbot Advisory as a partner.', 'en');
    expect(r).toContainEqual(['Ivan Petrov', 'Morrow & Finch', null, 'former']);
    expect(r).toContainEqual(['Ivan Petrov', 'Talbot Advisory', 'partner', 'current']);
    expect(r.filter((row) => row[0] === 'Talbot Advisory')).toEqual([]);
  });
});
