/**
 * French posts left and seats given: a title fronted with its span ("Numéro deux de X depuis
 * quatre ans, il …") told of someone hired elsewhere is the post left; "fait entrer à son conseil
 * X" seats X on the subject's board; "en tant qu'associée" after an aside gives the post of now.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French posts left and seats given', () => {
  it('reads a fronted "T de X depuis N ans" of someone hired elsewhere as the post left', () => {
    expect(roleKeys('Le groupe Orvel a nommé Paul Arnoux directeur général. Numéro deux de Velcor depuis quatre ans, il a auparavant officié chez Tarvin.', 'fr')).toContainEqual(['Paul Arnoux', 'Velcor', 'former']);
  });
  it('keeps a fronted post with no span as it is', () => {
    expect(roleKeys('Le groupe Orvel a nommé Paul Arnoux administrateur. Président de Velcor, il siège aussi chez Tarvin.', 'fr')).toContainEqual(['Paul Arnoux', 'Velcor', 'current']);
  });
  it('seats the person a company "fait entrer à son conseil"', () => {
    const k = roleKeys("Le groupe Orvel fait entrer à son conseil d'administration Marie Castel, directrice générale de Velcor.", 'fr');
    expect(k).toContainEqual(['Marie Castel', 'Orvel', 'current']);
    expect(k).toContainEqual(['Marie Castel', 'Velcor', 'current']);
  });
  it('gives the post after "en tant qu\'" past an aside about an earlier stay', () => {
    expect(roles("Marie Castel fait son retour chez Velcor & Partners, qu'elle avait quitté en 2019, en tant qu'associée.", 'fr')).toContainEqual(['Marie Castel', 'Velcor & Partners', 'associée', 'current']);
  });
});
