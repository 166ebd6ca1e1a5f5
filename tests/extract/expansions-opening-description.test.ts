/**
 * A description opening the sentence may hold a "de" ("Le fabricant lyonnais de pompes Hydrel
 * …"): the name closing it is the subject that expands, and a partner after "avec" never is.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('subject after an opening description with "de"', () => {
  it('gives the market to the described company, not to its partner', () => {
    const rows = expansionRows("Le fabricant danois de jouets en bois Tumlo s'implante au Mexique en partenariat avec le distributeur Carvex.", 'fr');
    expect(rows).toContain('Tumlo | market | Mexique');
    expect(rows).not.toContain('Carvex | market | Mexique');
  });
  it('still reads a name after a preposition as no subject', () => {
    const rows = expansionRows("Grâce au soutien de Brellin, Tumlo se lance en Argentine.", 'fr');
    expect(rows).toContain('Tumlo | market | Argentine');
  });
});
