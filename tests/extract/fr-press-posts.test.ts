/**
 * French press phrasings of posts: job words of the trade press, a predecessor who keeps or
 * takes back the board chair, a speaker's possessive title after a quotation. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('French press posts', () => {
  it('reads contrôleuse de gestion, acheteur, consultante as titles at the company after "chez"', () => {
    expect(roles("Velcor a nommé Anna Lindel directrice financière. Elle était jusqu'ici contrôleuse de gestion chez Orvane.", 'fr')).toContainEqual(['Anna Lindel', 'Orvane', 'contrôleuse de gestion', 'former']);
    expect(roles('Velcor a recruté Luc Marest comme directeur des achats. Il était auparavant acheteur chez Distrivel.', 'fr')).toContainEqual(['Luc Marest', 'Distrivel', 'acheteur', 'former']);
    expect(roles('Velcor a nommé Anna Lindel directrice de la stratégie. Elle avait auparavant été consultante chez Orvane Partners.', 'fr')).toContainEqual(['Anna Lindel', 'Orvane Partners', 'consultante', 'former']);
  });
  it('keeps a predecessor current in the board post kept or taken back ("demeurera", "redevient", "non exécutif")', () => {
    const r = roles("Anna Lindel devient directrice générale de Brelvex et succède à Paul Andrel, PDG depuis 2009, qui redevient président non exécutif du conseil d'administration.", 'fr');
    expect(r).toContainEqual(['Paul Andrel', 'Brelvex', 'PDG', 'former']);
    expect(r).toContainEqual(['Paul Andrel', 'Brelvex', "président non exécutif du conseil d'administration", 'current']);
    expect(roles("Brelvex a nommé Anna Lindel présidente. Elle succède à Paul Andrel, qui dirigeait l'entreprise depuis 1998 et demeurera président du conseil d'administration.", 'fr')).toContainEqual(['Paul Andrel', 'Brelvex', "président du conseil d'administration", 'current']);
  });
  it('reads "son président-fondateur, X" after a quotation as a post at the company the text is about', () => {
    expect(roles("Brelvex ouvre un bureau à Lyon. « Nous visons l'Europe », indique son président-fondateur, Paul Andrel.", 'fr')).toEqual([['Paul Andrel', 'Brelvex', 'président-fondateur', 'current']]);
    expect(roles("La maison Velmont nomme Luc Marest directeur général, un poste créé pour épauler sa présidente-fondatrice, Anna Lindel.", 'fr')).toContainEqual(['Anna Lindel', 'Velmont', 'présidente-fondatrice', 'current']);
  });
  it('gives the officer covering an interim a current post at the company the text is about, however far it was named', () => {
    const r = roles("La mutuelle Velcor a nommé Paul Brent directeur général. Il était directeur général adjoint d'Orvane. Il succède à Anna Lind, partie à la retraite. D'ici là, l'intérim est assuré par le directeur financier, Luc Marest.", 'fr');
    expect(r).toContainEqual(['Luc Marest', 'Velcor', 'directeur financier', 'current']);
  });
  it('does not take a name inside the opening quotation for the speaker\'s company', () => {
    expect(roles('Brelvex s\'implante au Maroc. « Nous voulons être partout où le dirham Orvane circule », lance sa directrice générale, Anna Lindel.', 'fr')).toEqual([['Anna Lindel', 'Brelvex', 'directrice générale', 'current']]);
  });
});
