/**
 * Places named by "there"/"y" and "où"/"where" clauses, shops counted or opening later, quoted
 * markets ("the brand's largest market"), and names given with their sector or after a title.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('places by anaphora', () => {
  it('reads "there" and "y" as the country named before', () => {
    expect(facts('Skylo Net has won a licence in Ghana and will begin service there in May.', 'en')).toEqual(['Skylo Net | market | Ghana']);
    expect(facts("Le groupe de BTP Marvaux accélère au Sénégal. Il vient d'y créer une filiale.", 'fr')).toEqual(['Marvaux | market | Sénégal']);
  });
  it('reads a "où"/"where" clause a few words long', () => {
    expect(facts("Tidalis a remporté un contrat au Chili, où elle va créer une filiale.", 'fr')).toEqual(['Tidalis | market | Chili']);
    expect(facts('Ana Ruiz will be based in Lisbon, where Corvello Partners is opening an office.', 'en')).toEqual(['Corvello Partners | office | Lisbon']);
    expect(facts("Brenna accélère en Italie, où six magasins ouvriront l'an prochain.", 'fr')).toContain('Brenna | market | Italie');
  });
});

describe('shops and quoted markets', () => {
  it('reads counted shops and a room count before the place', () => {
    expect(facts('The chain Pearlo will enter Mexico next year with three stores in Guadalajara.', 'en')).toEqual(['Pearlo | market | Mexico', 'Pearlo | market | Guadalajara']);
    expect(facts('Maison Brume ouvrira en mai un établissement de 40 chambres à Bayonne.', 'fr')).toEqual(['Maison Brume | market | Bayonne']);
    expect(facts("Son DG, Paul Brent, revendique 120 cliniques en Espagne. Velmo grandit. Velmo recrute.", 'fr')).toEqual(['Velmo | market | Espagne']);
  });
  it("does not count a partner's shops", () => {
    expect(facts('La marque Lunaé a signé un accord avec Brekka, qui référencera ses produits dans 300 magasins aux Pays-Bas.', 'fr')).not.toContain('Lunaé | market | Pays-Bas');
  });
  it("reads the brand's largest market", () => {
    expect(facts('Chief executive Tom Ray said Spain was already the brand’s largest market. Trailo grows.', 'en')).toEqual(['Trailo | market | Spain']);
  });
});

describe('more market and listing phrasings', () => {
  it('reads doors opened, activity extended and development in a country', () => {
    expect(facts('Le groupe Velmo ouvre ses portes à Bruxelles.', 'fr')).toEqual(['Velmo | market | Bruxelles']);
    expect(facts('Le groupe Velmo étend son activité à la Suisse.', 'fr')).toEqual(['Velmo | market | Suisse']);
    expect(facts('Le groupe Velmo se développe aux États-Unis.', 'fr')).toEqual(['Velmo | market | États-Unis']);
    expect(facts('Velmo Labs will roll out its service in Italy next month.', 'en')).toEqual(['Velmo Labs | market | Italy']);
  });
  it('lists in a city-state and not on a planned IPO', () => {
    expect(facts('Velmo Labs listed its shares in Hong Kong last year.', 'en')).toEqual(['Velmo Labs | ipo | Hong Kong']);
    expect(facts('Velmo Labs plans an IPO on Nasdaq.', 'en')).toEqual([]);
  });
});

describe('earlier offices, partners after "au", refusals', () => {
  it('reads the offices a new one comes after', () => {
    expect(facts('Le groupe Velmo ouvre un bureau à Paris, son troisième hors de France après Munich et Milan.', 'fr')).toEqual([
      'Velmo | office | Paris',
      'Velmo | office | Munich',
      'Velmo | office | Milan',
    ]);
    expect(facts('Velmo Labs opened a second office in Berlin, after Munich.', 'en')).toEqual(['Velmo Labs | office | Berlin', 'Velmo Labs | office | Munich']);
  });
  it('reads a partner after "s\'associe au"', () => {
    expect(facts("Le groupe Velmo s'associe au japonais Kirvo.", 'fr')).toEqual(['Velmo | partnership | —']);
  });
  it('reads no fact in a refusal', () => {
    expect(facts('Le groupe Velmo ne compte pas ouvrir de bureau à Rome.', 'fr')).toEqual([]);
    expect(facts('Velmo Labs denied reports that it had opened an office in Rome.', 'en')).toEqual([]);
  });
});

describe("another company's office", () => {
  it('is no fact of the company the text is about', () => {
    expect(facts('Le groupe Velmo recrute Jeanne Roux. Elle dirigeait auparavant le bureau parisien de Google.', 'fr')).toEqual([]);
    expect(facts("Velmo Labs hired Jane Roe. She previously ran Google's London office.", 'en')).toEqual([]);
    expect(facts('Velmo Labs named Jane Roe head of its new Madrid office.', 'en')).toEqual(['Velmo Labs | office | Madrid']);
  });
  it('reads "son expansion en" like "its expansion into"', () => {
    expect(facts('Le groupe Velmo a nommé Jeanne Roux pour piloter son expansion en Allemagne.', 'fr')).toEqual(['Velmo | market | Allemagne']);
  });
});
