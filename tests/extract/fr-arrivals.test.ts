/**
 * French arrivals without a title: "débarque chez X (pour diriger…)", "arrive chez X", "fait
 * son entrée / son retour chez X", "a intégré X", "entre au comité exécutif de X", "a été
 * recruté par X", "X s'attache les services de Y" (current, title null). A bare participle
 * opening a story ("Entré chez X en 1998, il a ensuite…") is no move made now. Also "intègre X",
 * "rallie X", "rejoint les rangs / les équipes de X", "vient renforcer l'équipe de X", "quitte Y
 * pour X", "X annonce l'arrivée de", "X renforce son équipe avec", "X accueille dans ses rangs".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleKeys } from '../helpers/extract.js';

describe('French arrivals without a title', () => {
  const current = [
    "Youssef El Amrani débarque chez Quantix pour diriger l'activité cloud.",
    "Youssef El Amrani arrive chez Quantix pour diriger l'activité cloud.",
    'Youssef El Amrani a été recruté par Quantix pour diriger sa filiale allemande.',
    'Youssef El Amrani fait son entrée chez Quantix.',
    'Youssef El Amrani fait son retour chez Quantix.',
    'Youssef El Amrani a intégré Quantix en 2024.',
    'Youssef El Amrani entre au comité exécutif de Quantix.',
    "Youssef El Amrani fait son entrée au conseil d'administration de Quantix.",
    "Quantix s'offre les services de Youssef El Amrani.",
    "Le groupe Quantix s'est assuré les services de Youssef El Amrani pour piloter son expansion.",
    'Youssef El Amrani intègre Quantix.',
    'Youssef El Amrani, 52 ans, intègre le cabinet Quantix.',
    'Youssef El Amrani rallie Quantix.',
    'Youssef El Amrani a rallié Quantix en mars.',
    'Youssef El Amrani rejoint les rangs de Quantix.',
    'Youssef El Amrani rejoint les équipes de Quantix.',
    "Youssef El Amrani vient renforcer l'équipe de Quantix.",
    'Youssef El Amrani vient grossir les rangs de Quantix.',
    'Youssef El Amrani quitte Orvel pour Quantix.',
    'Youssef El Amrani a quitté Orvel pour Quantix en 2024.',
    "Quantix annonce l'arrivée de Youssef El Amrani.",
    "Le groupe Quantix a annoncé l'arrivée de Youssef El Amrani à la direction commerciale.",
    'Quantix renforce son équipe avec Youssef El Amrani, ancien de Orvel.',
    "Quantix se renforce avec l'arrivée de Youssef El Amrani.",
    'Quantix accueille dans ses rangs Youssef El Amrani.',
    'Youssef El Amrani arrive à la direction financière de Quantix.',
    'Youssef El Amrani signe son arrivée chez Quantix.',
    'Youssef El Amrani mettra ses compétences au service de Quantix.',
    'Arrivée de Youssef El Amrani chez Quantix.',
    "Nouvelle recrue chez Quantix : Youssef El Amrani, ex-Orvel, rejoint l'entreprise.",
    "Youssef El Amrani a fait toute sa carrière chez Orvel, qu'il quitte pour Quantix.",
    'Youssef El Amrani, qui a passé douze ans chez Orvel, quitte le groupe pour Quantix.',
  ];
  for (const text of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual(['Youssef El Amrani', 'Quantix', 'current']);
    });
  }
  it('does not read a bare participle opening a story as a move made now', () => {
    expect(roleKeys('Entré chez Valmeo en 1998, Paul Roy a ensuite gravi les échelons chez Orvel.', 'fr')).not.toContainEqual(['Paul Roy', 'Valmeo', 'current']);
  });
  it('reads no arrival told as a rumour', () => {
    expect(roleKeys("L'arrivée de Youssef El Amrani chez Quantix pourrait être annoncée lundi.", 'fr')).toEqual([]);
  });
  it('reads a present also said of things as a move only after its person', () => {
    expect(roleKeys('Youssef El Amrani, directeur de Quantix, explique que la plateforme intègre Sellwise.', 'fr')).not.toContainEqual(['Youssef El Amrani', 'Sellwise', 'current']);
  });
  it('keeps the firm gone to in a pluperfect story past beside a post held now', () => {
    const rows = roleKeys('Bellfort nomme Youssef El Amrani directeur produit. Il avait quitté Orvel pour Quantix en 2019.', 'fr');
    expect(rows).toContainEqual(['Youssef El Amrani', 'Quantix', 'former']);
    expect(rows).toContainEqual(['Youssef El Amrani', 'Orvel', 'former']);
  });
  it('keeps the firm returned to as the one the story is about', () => {
    const text = "Léa Morvan fait son retour chez Orvel & Partners, qu'elle avait quitté en 2018, en tant qu'associée. Entre-temps, elle a été directrice juridique de Velcor. Le cabinet ouvre dans le même temps un bureau à Lyon.";
    expect(expansionRows(text, 'fr')).toEqual(['Orvel & Partners | office | Lyon']);
  });
});

describe('the firm a hire is taken from, after "chez"', () => {
  it('is left by the person hired', () => {
    for (const verb of ['a débauché', 'est allé chercher', 'a recruté', 'a chipé']) {
      const rows = roleKeys(`Quantix ${verb} Youssef El Amrani chez Orvel.`, 'fr');
      expect(rows).toContainEqual(['Youssef El Amrani', 'Quantix', 'current']);
      expect(rows).toContainEqual(['Youssef El Amrani', 'Orvel', 'former']);
    }
  });
  it('is not the group\'s own unit', () => {
    expect(roleKeys('Quantix a recruté Youssef El Amrani chez sa filiale Orvel.', 'fr')).not.toContainEqual(['Youssef El Amrani', 'Orvel', 'former']);
  });
});
