/**
 * French press sources: the analyst quoted with the firm set off after the name, an unnamed
 * analyst, a career start "chez X comme T", a press-contact line, the agency spoken to (and the
 * speaker named right after it), a promotion from an apposed post, a subsidiary named after "sa
 * filiale". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('French press sources', () => {
  it('reads "analyste" as a title, with the firm after "chez" or set off after the name', () => {
    expect(roles('Pour Marie Lagrève, analyste chez Brassac Finance, « le choix est bon ».', 'fr')).toEqual([['Marie Lagrève', 'Brassac Finance', 'analyste', 'current']]);
    expect(roles("Velcor a nommé Jean Dufort directeur général. Selon l'analyste Paul Vernier, de la Financière Boréale, « la nomination rassurera ».", 'fr')).toContainEqual(['Paul Vernier', 'Financière Boréale', 'analyste', 'current']);
    expect(roles("Velcor a nommé Jean Dufort directeur général. Interrogée, l'analyste Chloé Marest, chez Orvane Valeurs, juge la situation tendue.", 'fr')).toContainEqual(['Chloé Marest', 'Orvane Valeurs', 'analyste', 'current']);
  });
  it('gives an unnamed analyst to no one', () => {
    const r = roles("Velcor a nommé Jean Dufort directeur général. Selon un analyste de la place, la valorisation reste raisonnable.", 'fr');
    expect(r).toEqual([['Jean Dufort', 'Velcor', 'directeur général', 'current']]);
  });
  it('holds the title of a career start "chez X comme T" at X', () => {
    const r = roles("Velcor a nommé Jean Dufort directeur financier. Il avait passé huit ans chez Orvel Gestion après avoir débuté chez Brassac comme analyste.", 'fr');
    expect(r).toContainEqual(['Jean Dufort', 'Brassac', 'analyste', 'former']);
    expect(r).not.toContainEqual(['Jean Dufort', 'Velcor', 'analyste', 'former']);
  });
  it('reads "Contact presse :" as a label, not a firm', () => {
    expect(roles('Velcor et Orvane annoncent une coentreprise. Contact presse : Anna Lindel, responsable communication, Velcor Conseil.', 'fr')).toEqual([['Anna Lindel', 'Velcor Conseil', 'responsable communication', 'current']]);
  });
  it('does not take the agency spoken to ("a déclaré à l\'AFP") for the speaker\'s firm', () => {
    const r = roles("Le producteur Velcor Energies s'implante au Ghana. « Nous regardons aussi le Togo », a déclaré à l'AFP son directeur général, Paul Dufort.", 'fr');
    expect(r).toEqual([['Paul Dufort', 'Velcor Energies', 'directeur général', 'current']]);
  });
  it('leaves the post apposed to someone named "au poste de" another', () => {
    const r = roles('Le groupe Velcor a également promu Karim Varin, directeur régional, au poste de directeur général délégué.', 'fr');
    expect(r).toContainEqual(['Karim Varin', 'Velcor', 'directeur régional', 'former']);
    expect(r).toContainEqual(['Karim Varin', 'Velcor', 'directeur général délégué', 'current']);
    expect(roles("Velcor a annoncé la nomination de Karim Varin, directeur régional Bretagne, au poste de directeur général délégué.", 'fr')).toContainEqual(['Karim Varin', 'Velcor', 'directeur régional Bretagne', 'former']);
  });
  it('holds a post "de sa filiale marocaine, X Maroc" at the subsidiary named', () => {
    expect(roles('Velcor Consulting annonce la nomination de Paul Dufort en tant que directeur général de sa filiale marocaine, Velcor Maroc.', 'fr')).toEqual([['Paul Dufort', 'Velcor Maroc', 'directeur général', 'current']]);
  });
  it('ends the agency spoken to before the speaker named right after it', () => {
    expect(roles("Les travaux commenceront en mai, a précisé à l'AFP Iris Lamont, directrice générale de Velcor.", 'fr')).toEqual([['Iris Lamont', 'Velcor', 'directrice générale', 'current']]);
    // (the agency is no employer of the speaker)
    expect(roles("Les travaux commenceront en mai, a indiqué à l'AFP Iris Lamont.", 'fr')).toEqual([]);
  });
});
