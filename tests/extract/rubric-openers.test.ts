/** Obituary and interview rubrics opening a text are no firm: "Obituary: Sir X, who built…". Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('obituary and interview rubrics', () => {
  it('reads the firm of the text, not the rubric', () => {
    expect(roles('Obituary: Sir Alan Whitcombe, who built Whitcombe Homes into a large housebuilder, has died aged 88. He stepped down as chairman in 2009.')).toEqual([['Alan Whitcombe', 'Whitcombe Homes', 'chairman', 'former']]);
    expect(roles('Nécrologie : Pierre Aumont, qui a présidé Terres du Gers de 1998 à 2015, est décédé.', 'fr')).toEqual([['Pierre Aumont', 'Terres du Gers', null, 'former']]);
  });
});
