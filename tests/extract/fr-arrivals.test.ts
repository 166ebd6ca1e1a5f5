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
    "Youssef El Ouazzani débarque chez Quantix pour diriger l'activité cloud.",
    "Youssef El Ouazzani arrive chez Quantix pour diriger l'activité cloud.",
    'Youssef El Ouazzani a été recruté par Quantix pour diriger sa filiale allemande.',
    'Youssef El Ouazzani fait son entrée chez Quantix.',
    'Youssef El Ouazzani fait son retour chez Quantix.',
    'Youssef El Ouazzani a intégré Quantix en 2024.',
    'Youssef El Ouazzani entre au comité exécutif de Quantix.',
    "Youssef El Ouazzani fait son entrée au conseil d'administration de Quantix.",
    "Quantix s'offre les services de Youssef El Ouazzani.",
    "Le groupe Quantix s'est assuré les services de Youssef El Ouazzani pour piloter son expansion.",
    'Youssef El Ouazzani intègre Quantix.',
    'Youssef El Ouazzani, 52 ans, intègre le cabinet Quantix.',
    'Youssef El Ouazzani rallie Quantix.',
    'Youssef El Ouazzani a rallié Quantix en mars.',
    'Youssef El Ouazzani rejoint les rangs de Quantix.',
    'Youssef El Ouazzani rejoint les équipes de Quantix.',
    "Youssef El Ouazzani vient renforcer l'équipe de Quantix.",
    'Youssef El Ouazzani vient grossir les rangs de Quantix.',
    'Youssef El Ouazzani quitte Orvel pour Quantix.',
    'Youssef El Ouazzani a quitté Orvel pour Quantix en 2024.',
    "Quantix annonce l'arrivée de Youssef El Ouazzani.",
    "Le groupe Quantix a annoncé l'arrivée de Youssef El Ouazzani à la direction commerciale.",
    'Quantix renforce son équipe avec Youssef El Ouazzani, ancien de Orvel.',
    "Quantix se renforce avec l'arrivée de Youssef El Ouazzani.",
    'Quantix accueille dans ses rangs Youssef El Ouazzani.',
    'Youssef El Ouazzani arrive à la direction financière de Quantix.',
    'Youssef El Ouazzani signe son arrivée chez Quantix.',
    'Youssef El Ouazzani mettra ses compétences au service de Quantix.',
    'Arrivée de Youssef El Ouazzani chez Quantix.',
    "Nouvelle recrue chez Quantix : Youssef El Ouazzani, ex-Orvel, rejoint l'entreprise.",
    "Youssef El Ouazzani a fait toute sa carrière chez Orvel, qu'il quitte pour Quantix.",
    'Youssef El Ouazzani, qui a passé douze ans chez Orvel, quitte le groupe pour Quantix.',
  ];
  for (const text of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual(['Youssef El Ouazzani', 'Quantix', 'current']);
    });
  }
  it('does not read a bare participle opening a story as a move made now', () => {
    expect(roleKeys('Entré chez Valmeo en 1998, Paul Roy a ensuite gravi les échelons chez Orvel.', 'fr')).not.toContainEqual(['Paul Roy', 'Valmeo', 'current']);
  });
  it('reads no arrival told as a rumour', () => {
    expect(roleKeys("L'arrivée de Youssef El Ouazzani chez Quantix pourrait être annoncée lundi.", 'fr')).toEqual([]);
  });
  it('reads a present also said of things as a move only after its person', () => {
    expect(roleKeys('Youssef El Ouazzani, directeur de Quantix, explique que la plateforme intègre Sellwise.', 'fr')).not.toContainEqual(['Youssef El Ouazzani', 'Sellwise', 'current']);
  });
  it('keeps the firm gone to in a pluperfect story past beside a post held now', () => {
    const rows = roleKeys('Bellfort nomme Youssef El Ouazzani directeur produit. Il avait quitté Orvel pour Quantix en 2019.', 'fr');
    expect(rows).toContainEqual(['Youssef El Ouazzani', 'Quantix', 'former']);
    expect(rows).toContainEqual(['Youssef El Ouazzani', 'Orvel', 'former']);
  });
  it('keeps the firm returned to as the one the story is about', () => {
    const text = "Léa Morvan fait son retour chez Orvel & Partners, qu'elle avait quitté en 2018, en tant qu'associée. Entre-temps, elle a été directrice juridique de Velcor. Le cabinet ouvre dans le même temps un bureau à Lyon.";
    expect(expansionRows(text, 'fr')).toEqual(['Orvel & Partners | office | Lyon']);
  });
});

describe('the firm a hire is taken from, after "chez"', () => {
  it('is left by the person hired', () => {
    for (const verb of ['a débauché', 'est allé chercher', 'a recruté', 'a chipé']) {
      const rows = roleKeys(`Quantix ${verb} Youssef El Ouazzani chez Orvel.`, 'fr');
      expect(rows).toContainEqual(['Youssef El Ouazzani', 'Quantix', 'current']);
      expect(rows).toContainEqual(['Youssef El Ouazzani', 'Orvel', 'former']);
    }
  });
  it('is not the group\'s own unit', () => {
    expect(roleKeys('Quantix a recruté Youssef El Ouazzani chez sa filiale Orvel.', 'fr')).not.toContainEqual(['Youssef El Ouazzani', 'Orvel', 'former']);
  });
});
