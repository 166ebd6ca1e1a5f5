/**
 * A post told beside the story of how it was joined stays held now: "X, chief executive of Y,
 * joined the firm in 2019", "…, joined from Z", "…, spent a decade at Z before joining Y". Only
 * a join of another firm moves the person on ("X, CFO of Z, joins Y"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a post beside the story of its joining', () => {
  it('keeps the post when the join names no other firm', () => {
    expect(roles('Ruth Pellam, chief executive of Velmora, joined the firm in 2019.')).toEqual([['Ruth Pellam', 'Velmora', 'chief executive', 'current']]);
    const from = roles("Ruth Pellam, Velmora's chief executive, joined from Orsel in 2019.");
    expect(from).toContainEqual(['Ruth Pellam', 'Velmora', 'chief executive', 'current']);
    expect(from).toContainEqual(['Ruth Pellam', 'Orsel', null, 'former']);
    expect(roles('Ruth Pellam, directrice générale de Velmora, a rejoint le groupe en 2019.', 'fr')).toEqual([['Ruth Pellam', 'Velmora', 'directrice générale', 'current']]);
  });
  it('keeps the post at the firm joined last in the story', () => {
    const r = roles('Ruth Pellam, chief executive of Velmora, spent a decade at Orsel before joining Velmora.');
    expect(r).toContainEqual(['Ruth Pellam', 'Velmora', 'chief executive', 'current']);
    expect(r).toContainEqual(['Ruth Pellam', 'Orsel', null, 'former']);
  });
  it('still moves the person on when another firm is joined', () => {
    const r = roles('Ruth Pellam, chief financial officer of Orsel, joins Velmora as chief executive.');
    expect(r).toContainEqual(['Ruth Pellam', 'Orsel', 'chief financial officer', 'former']);
    expect(r).toContainEqual(['Ruth Pellam', 'Velmora', 'chief executive', 'current']);
    expect(roles("Ruth Pellam, directrice financière d'Orsel, rejoint Velmora.", 'fr')).toContainEqual(['Ruth Pellam', 'Orsel', 'directrice financière', 'former']);
  });
});
