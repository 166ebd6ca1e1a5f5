/**
 * A seat joined without the company's name: "entre au conseil de surveillance de la société",
 * "fait son entrée au board de la start-up", "rejoint le conseil d'administration." (current at
 * the company the text is about, title null); a rumoured seat is none. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French board seats joined without the name', () => {
  it('reads "entre au conseil de surveillance de la société"', () => {
    expect(roleKeys("Kelvio lève 12 millions d'euros. Julie Roux entre au conseil de surveillance de la société.", 'fr')).toEqual([['Julie Roux', 'Kelvio', 'current']]);
  });
  it('reads "fait son entrée au board de la start-up"', () => {
    expect(roleKeys("Kelvio lève 12 millions d'euros. Julie Roux fait son entrée au board de la start-up.", 'fr')).toEqual([['Julie Roux', 'Kelvio', 'current']]);
  });
  it('reads "rejoint le conseil d\'administration."', () => {
    expect(roleKeys("Kelvio lève 12 millions d'euros. Julie Roux rejoint le conseil d'administration.", 'fr')).toEqual([['Julie Roux', 'Kelvio', 'current']]);
  });
  it('does not read a rumoured seat', () => {
    expect(roleKeys("Kelvio lève 12 millions d'euros. Julie Roux pourrait rejoindre le conseil de surveillance.", 'fr')).toEqual([]);
  });
});

describe('a board or firm to be chaired or led by someone', () => {
  it('reads the future passive like the present one', () => {
    expect(roles('Le conseil de surveillance de Dorvenne Capital sera désormais présidé par Olivier Marchal.', 'fr')).toEqual([['Olivier Marchal', 'Dorvenne Capital', null, 'current']]);
    expect(roles('Dorvenne Capital will be led by Oliver Marsh.')).toEqual([['Oliver Marsh', 'Dorvenne Capital', null, 'current']]);
  });
});

describe("leaving a board's chair", () => {
  it('is a post left at the firm the board is of', () => {
    expect(roles('Jacques Verdier quitte la présidence du conseil de surveillance de Holdane.', 'fr')).toEqual([['Jacques Verdier', 'Holdane', null, 'former']]);
    expect(roles("Jacques Verdier a quitté la vice-présidence du conseil d'administration de Holdane.", 'fr')).toEqual([['Jacques Verdier', 'Holdane', null, 'former']]);
  });
});

describe('seats given by a vote or a board decision', () => {
  it('reads co-options, approvals and renewals', () => {
    expect(roles("Le conseil d'administration de Valtéra a décidé de coopter Nadia Roussel, directrice financière de Plévenne, en qualité d'administratrice.", 'fr')).toEqual([
      ['Nadia Roussel', 'Plévenne', 'directrice financière', 'current'],
      ['Nadia Roussel', 'Valtéra', 'administratrice', 'current'],
    ]);
    expect(roles("L'assemblée générale des actionnaires de Corvial a approuvé la nomination d'Éric Tanguy et de Sonia Mercier en tant qu'administrateurs indépendants.", 'fr')).toEqual([
      ['Éric Tanguy', 'Corvial', null, 'current'],
      ['Sonia Mercier', 'Corvial', null, 'current'],
    ]);
    expect(roles("L'assemblée générale de Caloris a nommé Jean Fabre administrateur et renouvelé le mandat de Luc Berthier.", 'fr')).toEqual([
      ['Jean Fabre', 'Caloris', 'administrateur', 'current'],
      ['Luc Berthier', 'Caloris', null, 'current'],
    ]);
    expect(roles('Shareholders of Caloris approved the appointment of Luke Bertram as a director.')).toEqual([['Luke Bertram', 'Caloris', 'director', 'current']]);
  });
});
