/**
 * French titles the vocabulary missed: "déléguée générale de X" (not "ministre déléguée"),
 * "stratégiste chez X", "économiste chez X". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('rare French titles', () => {
  it('reads "déléguée générale de X"', () => {
    expect(roleRows('Nadia Rahmani, déléguée générale de Mobilis, a réagi.', 'fr')).toEqual([['Nadia Rahmani', 'Mobilis', 'déléguée générale', 'current']]);
  });
  it('reads "stratégiste chez X" and "économiste chez X"', () => {
    expect(roleRows('Nadia Rahmani, stratégiste chez Mobilis, a réagi.', 'fr')).toEqual([['Nadia Rahmani', 'Mobilis', 'stratégiste', 'current']]);
    expect(roleRows('Nadia Rahmani, économiste chez Mobilis, a réagi.', 'fr')).toEqual([['Nadia Rahmani', 'Mobilis', 'économiste', 'current']]);
  });
  it('does not read a minister as a delegate', () => {
    expect(roleRows("Nadia Rahmani, ministre déléguée chargée de l'Industrie, a visité Mobilis.", 'fr')).toEqual([]);
  });
});

describe('French founders called creators', () => {
  it('reads "X, créateur de Kelvio" as a founder, kept when the person moves', () => {
    expect(roleRows('Théo Marchand, créateur de Kelvio, lève 12 millions.', 'fr')).toEqual([['Théo Marchand', 'Kelvio', 'créateur', 'current']]);
    expect(roleRows('Théo Marchand, créateur de Kelvio, rejoint Orvel comme directeur.', 'fr')).toContainEqual(['Théo Marchand', 'Kelvio', 'créateur', 'current']);
  });
  it('does not read a content creator', () => {
    expect(roleRows('Inès Dubois, créatrice de contenus pour Kelvio, témoigne.', 'fr')).toEqual([]);
  });
});
