/**
 * Institution names with a link ("Hospices civils de X", "Éditions du Y", "Banque Régionale
 * Rives d'Z", "Ligue nationale de handball"), unknown names after a place preposition ("à Vernon") that are no employer, and
 * French titles with a bare department ("directeur réseau", "directeur R&D"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows as roles } from '../helpers/extract.js';

describe('institutions and bare departments', () => {
  it('reads an institution head, an adjective and its link as one name', () => {
    expect(roles("Julie Martin, jusqu'ici directrice des Hospices civils de Vernon, est nommée directrice générale de Velcor.", 'fr')).toContainEqual(['Julie Martin', 'Hospices civils de Vernon', 'directrice', 'former']);
    expect(roles("Julie Martin est nommée directrice financière de la Banque Régionale Rives d'Armor.", 'fr')).toContainEqual(['Julie Martin', "Banque Régionale Rives d'Armor", 'directrice financière', 'current']);
  });
  it("reads an industry's plural, a newspaper's head or a sector word as part of the name", () => {
    expect(roles('Paul Brent est nommé directeur général des Sucreries de la Vesle.', 'fr')).toContainEqual(['Paul Brent', 'Sucreries de la Vesle', 'directeur général', 'current']);
    expect(roles("Julie Martin devient directrice financière d'Assurances Mutuelles de l'Orvin.", 'fr')).toContainEqual(['Julie Martin', "Assurances Mutuelles de l'Orvin", 'directrice financière', 'current']);
    expect(roles("La directrice de la publication de L'Écho du Vantail, Julie Martin, quitte le quotidien.", 'fr')).toContainEqual(['Julie Martin', "L'Écho du Vantail", 'directrice de la publication', 'former']);
    expect(roles('Solène Brent est nommée directrice financière de Véria Renouvelables.', 'fr')).toContainEqual(['Solène Brent', 'Véria Renouvelables', 'directrice financière', 'current']);
  });
  it('reads a league or federation named with its lowercase field as one name, also after "à la"', () => {
    expect(roles('Le club Velcor Handball a nommé Julie Martin directrice générale. Elle était directrice marketing de la Ligue nationale de handball.', 'fr')).toContainEqual(['Julie Martin', 'Ligue nationale de handball', 'directrice marketing', 'former']);
    expect(roles("Velcor Voile a nommé Paul Brent directeur général. Il occupait les fonctions de directeur technique à la Fédération française de voile.", 'fr')).toContainEqual(['Paul Brent', 'Fédération française de voile', 'directeur technique', 'former']);
  });
  it('does not take a name after "à" as the employer', () => {
    const r = roles("Les Éditions du Vantail, fondées en 1990 à Vernon, ont un nouveau directeur général : Paul Brent, jusqu'ici directeur littéraire de Quillard.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Éditions du Vantail', 'directeur général', 'current']);
    expect(r).toContainEqual(['Paul Brent', 'Quillard', 'directeur littéraire', 'former']);
  });
  it('keeps a bare department after a French head', () => {
    expect(roles('Paul Brent, ex-directeur réseau de Telvo, est nommé directeur R&D de Velcor.', 'fr')).toEqual(
      expect.arrayContaining([
        ['Paul Brent', 'Telvo', 'directeur réseau', 'former'],
        ['Paul Brent', 'Velcor', 'directeur R&D', 'current'],
      ]),
    );
  });
});

describe("a minister's portfolio", () => {
  it('is no company, nor the company a text is about', () => {
    const fr = "Ada Lind, ancienne conseillère au cabinet du ministre de l'Économie, rejoint la banque d'affaires Velmo & Cie. La boutique, qui a ouvert un bureau à Londres cette année, compte onze associés.";
    expect(expansionRows(fr, 'fr')).not.toContainEqual(expect.stringMatching(/^Économie/));
    expect(expansionRows("La ministre fédérale de l'Économie, Clara Pike, a salué l'ouverture d'un bureau à Berlin.", 'fr')).toEqual([]);
  });
});

describe('a French broad region in a title', () => {
  it('reads "Grand Ouest" as the scope of the title, not a person', () => {
    const r = roles("Paul Brent est nommé directeur régional Grand Ouest d'Orvel.", 'fr');
    expect(r.some(([p]) => p === 'Grand Ouest')).toBe(false);
    expect(r).toContainEqual(['Paul Brent', 'Orvel', 'directeur régional Grand Ouest', 'current']);
  });
});
