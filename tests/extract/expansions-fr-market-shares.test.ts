/**
 * Markets told by their weight in the business, in the third person: "L'Allemagne représente
 * 25 % du chiffre d'affaires de X", "Le Japon est devenu le deuxième marché de X", and the
 * countries named after a share made abroad ("à l'international, principalement aux
 * États-Unis"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('a place ranked as the market of a named company', () => {
  it('reads "le deuxième marché de X" and "premier marché à l\'export de X"', () => {
    expect(expansionRows('Le Japon est devenu le deuxième marché de la marque Velsora.', 'fr')).toEqual([]);
    expect(expansionRows('Le Japon est devenu le deuxième marché de Velsora.', 'fr')).toContain('Velsora | market | Japon');
    expect(expansionRows("L'Italie, premier marché à l'export de Brovanne, progresse de 12 %.", 'fr')).toContain('Brovanne | market | Italie');
    expect(expansionRows('Les États-Unis sont de loin le plus grand marché de Velsora.', 'fr')).toContain('Velsora | market | États-Unis');
  });
  it('reads a share "du chiffre d\'affaires de X" as a market of X', () => {
    expect(expansionRows("L'Autriche représente désormais 25 % du chiffre d'affaires de Kelmora.", 'fr')).toContain('Kelmora | market | Autriche');
  });
});

describe('countries named after the share made abroad', () => {
  it('reads the countries after "à l\'international, principalement"', () => {
    const rows = expansionRows("Le fabricant Kelmora réalise 70 % de son chiffre d'affaires à l'international, principalement aux États-Unis et en Chine.", 'fr');
    expect(rows).toEqual(['Kelmora | market | États-Unis', 'Kelmora | market | Chine']);
  });
  it('reads "tire X % de son chiffre d\'affaires du Japon"', () => {
    expect(expansionRows("Brovanne tire 30 % de son chiffre d'affaires du Japon.", 'fr')).toContain('Brovanne | market | Japon');
  });
});

describe('the earlier market before a market adjective', () => {
  it('reads "Après le Portugal, X s\'attaque au marché espagnol" as two markets', () => {
    expect(expansionRows("Après le Portugal, l'éditeur Brovanne s'attaque au marché espagnol.", 'fr')).toEqual(['Brovanne | market | Portugal', 'Brovanne | market | Spain']);
  });
});

describe('the countries a region is ranked behind (round 21)', () => {
  it('reads the countries after "derrière", not the region, and France as home when no country is stated', () => {
    expect(expansionRows("La brasserie Orvelle recrute. « Le Maghreb reste notre deuxième marché, derrière la France et la Belgique », explique sa directrice.", 'fr')).toEqual(['Orvelle | market | Belgique']);
    expect(expansionRows("La brasserie belge Orvelle recrute. « Le Maghreb reste notre deuxième marché, derrière la France et l'Espagne », explique sa directrice.", 'fr')).toEqual(['Orvelle | market | France', 'Orvelle | market | Espagne']);
    expect(expansionRows("La brasserie Orvelle recrute. « L'Europe est notre premier marché », explique sa directrice.", 'fr')).toEqual([]);
  });
});
