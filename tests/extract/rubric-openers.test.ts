/** Obituary and interview rubrics opening a text are no firm: "Obituary: Sir X, who built…". Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('obituary and interview rubrics', () => {
  it('reads the firm of the text, not the rubric', () => {
    expect(roles('Obituary: Sir Alan Whitcombe, who built Whitcombe Homes into a large housebuilder, has died aged 88. He stepped down as chairman in 2009.')).toEqual([['Alan Whitcombe', 'Whitcombe Homes', 'chairman', 'former']]);
    expect(roles('Nécrologie : Pierre Aumont, qui a présidé Terres du Gers de 1998 à 2015, est décédé.', 'fr')).toEqual([['Pierre Aumont', 'Terres du Gers', null, 'former']]);
  });
});

describe('round-up lines labelled with their firm', () => {
  it('gives each line its own firm', () => {
    const text = 'MOVES\n- Harlow Partners: Mira Sandoval joins as head of private credit from Brightwater Capital.\n- Kestrel Insurance: Tobin Larsgard, chief underwriting officer (ex-Aldane Re).';
    expect(roles(text)).toEqual([
      ['Mira Sandoval', 'Harlow Partners', 'head of private credit', 'current'],
      ['Mira Sandoval', 'Brightwater Capital', null, 'former'],
      ['Tobin Larsgard', 'Kestrel Insurance', 'chief underwriting officer', 'current'],
      ['Tobin Larsgard', 'Aldane Re', null, 'former'],
    ]);
  });
});
