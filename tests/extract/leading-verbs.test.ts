/**
 * Leading told by a verb, not a title: "who runs X" / "qui dirige X" now, "who chaired X" /
 * "qui a présidé X" before. GUIDELINES gives such posts no title ("who led the European
 * business"); the tense and the story decide the status. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

const fr = (text: string) => roles(text, 'fr');

describe('leading now, in a relative clause on the person', () => {
  it('reads "who runs X" and "who has led X since" as a current untitled post', () => {
    expect(roles('Peter Aumont, who runs Valmor, said the board backed the deal.')).toEqual([['Peter Aumont', 'Valmor', null, 'current']]);
    expect(roles('Peter Aumont, who has led Valmor since 2015, said the board backed the deal.')).toEqual([['Peter Aumont', 'Valmor', null, 'current']]);
    expect(roles('Peter Aumont, who heads sales at Valmor Foods, said demand was strong.')).toEqual([['Peter Aumont', 'Valmor Foods', null, 'current']]);
  });
  it('reads "qui dirige X" and "qui préside la coopérative X"', () => {
    expect(fr("Pierre Aumont, qui dirige la filiale française de Valmor Foods, estime que l'accord est bon.")).toEqual([['Pierre Aumont', 'Valmor Foods', null, 'current']]);
    expect(fr("Pierre Aumont, qui préside la coopérative Terres du Gers, estime que l'accord est bon.")).toEqual([['Pierre Aumont', 'Terres du Gers', null, 'current']]);
  });
  it('finds no employer in talks, a committee or a shop', () => {
    expect(roles('Ann Lee, who leads the talks with Orsel Capital, said a deal was close.')).toEqual([]);
    expect(roles('Ann Lee, who runs a bakery in Leeds, said prices were rising.')).toEqual([]);
  });
  it('reads the post of someone hired away, or stepping down, as left', () => {
    expect(roles("Valmor Foods named Ann Lee, who runs Orsel Capital's UK arm, as chief executive.")).toContainEqual(['Ann Lee', 'Orsel Capital', null, 'former']);
    expect(roles('Faisal Oran, who has run Qamar Power since 2019, will hand over to Lena Marsh.')).toContainEqual(['Faisal Oran', 'Qamar Power', null, 'former']);
  });
  it('keeps a post held beside a board seat taken elsewhere', () => {
    expect(roles('Valmor Foods appointed Ann Lee, who runs Orsel Capital, as a non-executive director.')).toContainEqual(['Ann Lee', 'Orsel Capital', null, 'current']);
  });
});

describe('leading now, with the person as subject', () => {
  it('reads "X now chairs Y", "She now runs …", "Il préside désormais Y", "dirige aujourd\'hui Y"', () => {
    expect(roles("Valmor's former chief executive Tom Reed now chairs Orsel.")).toContainEqual(['Tom Reed', 'Orsel', null, 'current']);
    expect(roles('Tom Reed ran Orsel from 2001 to 2010. He now runs Valmor.')).toEqual([
      ['Tom Reed', 'Orsel', null, 'former'],
      ['Tom Reed', 'Valmor', null, 'current'],
    ]);
    expect(fr('Hugo Dias a dirigé Orsel. Il préside désormais Valmor.')).toContainEqual(['Hugo Dias', 'Valmor', null, 'current']);
    expect(fr("Ancien de Danone, Hugo Dias dirige aujourd'hui Orsel.")).toContainEqual(['Hugo Dias', 'Orsel', null, 'current']);
  });
  it('finds no employer in work done for a client', () => {
    expect(roles('Ann Lee manages money for Orsel Capital.')).toEqual([]);
  });
});

describe('chairing, in the past', () => {
  it('reads "who chaired X" and "qui a présidé X" as a past post', () => {
    expect(roles('Peter Aumont, who chaired Valmor from 1998 to 2015, has died aged 81.')).toEqual([['Peter Aumont', 'Valmor', null, 'former']]);
    expect(fr('Pierre Aumont, qui a présidé Terres du Gers de 1998 à 2015, rejoint le conseil de Valmor.')).toContainEqual(['Pierre Aumont', 'Terres du Gers', null, 'former']);
  });
  it('reads an adverb between the auxiliary and the participle', () => {
    expect(fr('Anne Morin a été nommée directrice générale de Valmor. Elle avait auparavant dirigé Orsel Capital.')).toContainEqual(['Anne Morin', 'Orsel Capital', null, 'former']);
  });
});

describe('a board led by someone', () => {
  it("reads \"Valmor's board, chaired by X\" as X's post at the firm", () => {
    expect(roles("Valmor's board, chaired by Tom Reed, approved the deal.")).toEqual([['Tom Reed', 'Valmor', null, 'current']]);
    expect(roles("Valmor's supervisory board, led by Tom Reed, approved the deal.")).toEqual([['Tom Reed', 'Valmor', null, 'current']]);
  });
});

describe("a firm's unit led by someone", () => {
  it('gives the leader of "its unit" or "Firm\'s arm" a post at the firm', () => {
    expect(roles('Drax Foods posted a 7% rise in sales. The company said its Polish unit would be run by Tomasz Wrona.')).toContainEqual(['Tomasz Wrona', 'Drax Foods', null, 'current']);
    expect(roles("Valmor's European arm will be led by Ann Lee.")).toEqual([['Ann Lee', 'Valmor', null, 'current']]);
    expect(fr('Valmor a publié ses résultats. Sa filiale polonaise sera dirigée par Tomasz Wrona.')).toContainEqual(['Tomasz Wrona', 'Valmor', null, 'current']);
  });
  it('finds no employer in talks or a venture of nobody named', () => {
    expect(roles('The talks were led by Ann Lee.')).toEqual([]);
    expect(roles('The new venture will be run by Ann Lee.')).toEqual([]);
  });
});
