/**
 * French careers told of a person named before: a nationality noun opening the sentence stands
 * for them ("L'Italienne, passée par X, était…"), and past firms listed after "divers postes de
 * direction chez" or "vingt ans d'expérience, notamment chez". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French nationality nouns as the person', () => {
  it('reads "L\'Italienne, passée par X, était T chez Y" as the woman just named', () => {
    const r = roles("La maison Orvel a choisi Marie Castel comme directrice artistique. L'Italienne, passée par Velcor, était depuis 2021 directrice du design chez Morlan.", 'fr');
    expect(r).toContainEqual(['Marie Castel', 'Velcor', null, 'former']);
    expect(r).toContainEqual(['Marie Castel', 'Morlan', 'directrice du design', 'former']);
  });
  it('reads "Le Britannique a dirigé X" as the man just named', () => {
    expect(roleKeys('La maison Orvel a choisi Paul Castel comme directeur artistique. Le Britannique a dirigé Tarvin.', 'fr')).toContainEqual(['Paul Castel', 'Tarvin', 'former']);
  });
  it('does not take a nationality before a company for a person', () => {
    const k = roleKeys('La maison Orvel a choisi Paul Castel comme directeur artistique. Le Britannique Tarvin a racheté Morlan.', 'fr');
    expect(k).not.toContainEqual(['Paul Castel', 'Morlan', 'former']);
  });
});

describe('French past firms after a career summary', () => {
  it('reads "a occupé divers postes de direction chez A et chez B"', () => {
    const k = roleKeys('Le groupe Orvel a nommé Marie Castel au poste de présidente. Mme Castel a auparavant occupé divers postes de direction chez Velcor et chez Tarvin.', 'fr');
    expect(k).toContainEqual(['Marie Castel', 'Velcor', 'former']);
    expect(k).toContainEqual(['Marie Castel', 'Tarvin', 'former']);
  });
  it('reads "vingt ans d\'expérience en finance, notamment chez A et chez B"', () => {
    const k = roleKeys("Le groupe Orvel a recruté Marie Castel comme directrice financière. Elle cumule vingt ans d'expérience en finance, notamment chez Velcor et chez Tarvin.", 'fr');
    expect(k).toContainEqual(['Marie Castel', 'Velcor', 'former']);
    expect(k).toContainEqual(['Marie Castel', 'Tarvin', 'former']);
  });
});

describe('a career told in "il / elle" before the person is named', () => {
  it('gives the career to the person named next', () => {
    const keys = roleKeys('Elle a été successivement directrice financière de Lactavia puis directrice générale de Bonvelle. Sarah Lenoir prend la direction générale de Valmor.', 'fr');
    expect(keys).toContainEqual(['Sarah Lenoir', 'Lactavia', 'former']);
    expect(keys).toContainEqual(['Sarah Lenoir', 'Bonvelle', 'former']);
    expect(keys).toContainEqual(['Sarah Lenoir', 'Valmor', 'current']);
    expect(roleKeys('Il est passé par Renvel et Safrano. Marc Roux est nommé directeur industriel de Valmor.', 'fr')).toContainEqual(['Marc Roux', 'Renvel', 'former']);
    expect(roleKeys('Diplômée de HEC, elle a débuté chez Kepvel avant de rejoindre Danvel. Sophie Ardant est nommée directrice financière de Valmor.', 'fr')).toContainEqual(['Sophie Ardant', 'Kepvel', 'former']);
    expect(roleKeys('En 2019, il a quitté Renvel. Marc Roux rejoint Valmor.', 'fr')).toContainEqual(['Marc Roux', 'Renvel', 'former']);
  });
  it('does not give it to a person of the other gender, nor read an impersonal "il"', () => {
    expect(roleKeys('Elle a quitté Danvel en 2019. Marc Roux est nommé directeur de Valmor.', 'fr')).toEqual([['Marc Roux', 'Valmor', 'current']]);
    expect(roleKeys('Il y a dix ans, Danvel ouvrait son usine. Marc Roux est nommé directeur de Valmor.', 'fr')).toEqual([['Marc Roux', 'Valmor', 'current']]);
  });
});
