/**
 * The lead handed over in words that name no title: "X succède à Y à la présidence du directoire
 * de Z", "Z a confié sa direction générale à X", "succeeds Y at the helm of Z". Title null
 * (a leading phrase), the newcomer current, the one replaced former. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a succession to the lead of a company', () => {
  it('gives the newcomer the lead and the one replaced a past one, the company named after it', () => {
    const r = roles('Laurent Quéré succède à Anne Roux à la présidence du directoire de Valmy Énergie.', 'fr');
    expect(r).toContainEqual(['Laurent Quéré', 'Valmy Énergie', null, 'current']);
    expect(r).toContainEqual(['Anne Roux', 'Valmy Énergie', null, 'former']);
  });
  it('does not leave the one replaced at the head ("à la tête de")', () => {
    const r = roles('Laurent Quéré succède à Anne Roux à la tête de Valmy Énergie.', 'fr');
    expect(r).toContainEqual(['Laurent Quéré', 'Valmy Énergie', null, 'current']);
    expect(r).not.toContainEqual(['Anne Roux', 'Valmy Énergie', null, 'current']);
  });
  it('takes the company the sentence is about when the phrase names none', () => {
    const r = roles("Chez Valmy Énergie, c'est Laurent Quéré qui succède à Anne Roux à la présidence du directoire.", 'fr');
    expect(r).toContainEqual(['Laurent Quéré', 'Valmy Énergie', null, 'current']);
    expect(r).toContainEqual(['Anne Roux', 'Valmy Énergie', null, 'former']);
  });
  it('reads English "at the helm of"', () => {
    const r = roles('Laura Kent succeeds Tom Reyes at the helm of Brackwell Insurance.');
    expect(r).toContainEqual(['Laura Kent', 'Brackwell Insurance', null, 'current']);
    expect(r).toContainEqual(['Tom Reyes', 'Brackwell Insurance', null, 'former']);
  });
  it('keeps a title when the post is written ("au poste de directeur général")', () => {
    const r = roles('Laurent Quéré succède à Anne Roux au poste de directeur général de Valmy Énergie.', 'fr');
    expect(r).toContainEqual(['Laurent Quéré', 'Valmy Énergie', 'directeur général', 'current']);
  });
  it('makes no fact of a rumoured succession', () => {
    const r = roles('Valmy Énergie cherche un patron. Laurent Quéré serait pressenti pour succéder à Anne Roux à la tête du groupe.', 'fr');
    expect(r.filter(([p]) => p === 'Laurent Quéré')).toEqual([]);
  });
});

describe('the lead entrusted by the company', () => {
  it('reads "a confié sa direction générale à X"', () => {
    expect(roles('La mutuelle Avenir Santé a confié sa direction générale à Nadia Cherif.', 'fr')).toContainEqual(['Nadia Cherif', 'Avenir Santé', null, 'current']);
  });
  it('reads "confie à X la présidence du groupe"', () => {
    expect(roles("Le conseil d'administration de Valmy a confié à Laurent Quéré la présidence du groupe.", 'fr')).toContainEqual(['Laurent Quéré', 'Valmy', null, 'current']);
  });
  it('reads "has handed the reins to X"', () => {
    expect(roles('Brackwell Insurance has handed the reins to Laura Kent.')).toContainEqual(['Laura Kent', 'Brackwell Insurance', null, 'current']);
  });
  it('lets the next sentence name who was replaced', () => {
    const r = roles('Changement de tête chez Maison Varenne. Le chausseur lyonnais a confié la direction générale à Lucie Marchal. Elle remplace Paul Girard, remercié en juin.', 'fr');
    expect(r).toContainEqual(['Lucie Marchal', 'Maison Varenne', null, 'current']);
    expect(r).toContainEqual(['Paul Girard', 'Maison Varenne', null, 'former']);
  });
});
