/** Deal stories quoting both sides: a post at "the target" or "the seller" the text leaves unnamed is not the buyer's. Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts at an unnamed deal party', () => {
  it('gives no post to the buyer for the target or the seller', () => {
    expect(roles("Vaudrenne bought a small Lyon furniture maker. The target's founder, Mark Dutton, will stay on.")).toEqual([]);
    expect(roles('Vaudrenne is buying a rival. Mark Dutton, founder of the target, will stay on.')).toEqual([]);
    expect(roles("Vaudrenne is buying Lisere Furniture from Brimsel Holdings. The seller's chief executive, Mark Dutton, said the price was fair.")).toEqual([]);
    expect(roles('Vaudrenne rachète une PME lyonnaise. Le fondateur de la cible, Marc Dutour, restera aux commandes.', 'fr')).toEqual([]);
    expect(roles('Vaudrenne rachète une PME lyonnaise à Brimsel. Marc Dutour, le PDG du vendeur, se dit satisfait.', 'fr')).toEqual([]);
  });
  it('still reads a named target', () => {
    expect(roles("Vaudrenne is buying Lisere Furniture. The target's founder, Mark Dutton, will stay on.")).toEqual([['Mark Dutton', 'Lisere Furniture', 'founder', 'current']]);
    expect(roles('Vaudrenne rachète Lisère Mobilier. Le fondateur de la cible, Marc Dutour, restera aux commandes.', 'fr')).toEqual([['Marc Dutour', 'Lisère Mobilier', 'fondateur', 'current']]);
  });
});

describe('a post told in a relative of the firm', () => {
  it('is held by the name after the copula', () => {
    expect(roles('Dario Conti sold his stake to Conti Group, whose chief executive is Elisa Ferri.')).toEqual([['Elisa Ferri', 'Conti Group', 'chief executive', 'current']]);
    expect(roles('Dario Conti a cédé sa participation à Conti Group, dont la directrice générale est Elisa Ferri.', 'fr')).toEqual([['Elisa Ferri', 'Conti Group', 'directrice générale', 'current']]);
  });
});

describe('advisers on a deal', () => {
  it('puts a partner at the firm that advises, not at its client', () => {
    expect(roles('Gantry Minerals agreed a takeover by Ostrov Resources. Rothwell & Co advised Gantry, with partner James Wu leading the team.')).toEqual([['James Wu', 'Rothwell & Co', 'partner', 'current']]);
    expect(roles('Gantry Minerals agreed a takeover by Ostrov Resources. Law firm Tamsin Reeve LLP advised Ostrov; the team was led by partners Olwen Chelby and Marius Belden.')).toEqual([
      ['Olwen Chelby', 'Tamsin Reeve LLP', 'partners', 'current'],
      ['Marius Belden', 'Tamsin Reeve LLP', 'partners', 'current'],
    ]);
  });
  it('leaves a partner hired elsewhere where the text puts them', () => {
    expect(roles('Brill Capital has hired Olwen Chelby as a partner; she advised Ostrov on its takeover of Gantry.')).toEqual([['Olwen Chelby', 'Brill Capital', 'partner', 'current']]);
  });
});
