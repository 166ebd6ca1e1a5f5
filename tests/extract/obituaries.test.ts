/** Obituaries and tributes: a person who has died holds the posts the sentence gives in the past. Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts of a person who died', () => {
  it('reads the post in apposition as a former one', () => {
    expect(roles('Tributes poured in for Leon Ferragin, the longtime chief executive of Ferragin Motors, who died on Friday.')).toEqual([['Leon Ferragin', 'Ferragin Motors', 'chief executive', 'former']]);
    expect(roles("Castorne Foods' chairman Victor Lam has died after a short illness, the company said.")).toEqual([['Victor Lam', 'Castorne Foods', 'chairman', 'former']]);
    expect(roles("Gaspard Aubinet, président d'honneur de Valdor, est mort mardi.", 'fr')).toEqual([['Gaspard Aubinet', 'Valdor', "président d'honneur", 'former']]);
    expect(roles('Le PDG de Tremont, Paul Servan, a rendu hommage à Louis Gautier, directeur financier du groupe pendant vingt ans, décédé la semaine dernière.', 'fr')).toEqual([
      ['Paul Servan', 'Tremont', 'PDG', 'current'],
      ['Louis Gautier', 'Tremont', 'directeur financier', 'former'],
    ]);
  });
  it('keeps a founder a founder', () => {
    expect(roles("Le fondateur de Maisons Lavardière, Henri Lavardière, s'est éteint dimanche.", 'fr')).toEqual([['Henri Lavardière', 'Maisons Lavardière', 'fondateur', 'current']]);
  });
});

describe('a time word opening the sentence before a post', () => {
  it('is no firm', () => {
    expect(roles('Acme Foods said its founder had died. Current chief executive Dana Price called him a visionary.')).toEqual([['Dana Price', 'Acme Foods', 'chief executive', 'current']]);
    expect(roles('Acme Foods named a new boss. Incoming CEO Dana Price starts in May.')).toEqual([['Dana Price', 'Acme Foods', 'CEO', 'current']]);
    expect(roles('Acme Foods lost money. Outgoing chief executive Dana Price said the plan had failed.')).toEqual([['Dana Price', 'Acme Foods', 'chief executive', 'former']]);
  });
  it('still opens a firm named with it', () => {
    expect(roles('Incoming Capital hired Dana Price as chief executive.')).toEqual([['Dana Price', 'Incoming Capital', 'chief executive', 'current']]);
  });
});

describe('the passé simple of obituaries', () => {
  it('tells a past lead', () => {
    expect(roles('Hommage à Jean Castel, qui présida Lumière Textile pendant vingt ans.', 'fr')).toEqual([['Jean Castel', 'Lumière Textile', null, 'former']]);
    expect(roles('Jean Castel dirigea Lumière Textile de 1960 à 1985.', 'fr')).toEqual([['Jean Castel', 'Lumière Textile', null, 'former']]);
  });
});

describe('a retiring leader handing the lead on', () => {
  it('hands the lead of the firm the text is about when the sentence names none', () => {
    expect(roles('Après 35 ans chez Dalbert, Michel Roux prend sa retraite. Il cède la direction générale à Sarah Klein.', 'fr')).toEqual([
      ['Michel Roux', 'Dalbert', null, 'former'],
      ['Sarah Klein', 'Dalbert', null, 'current'],
    ]);
  });
});
