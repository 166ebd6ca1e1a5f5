/**
 * A title followed by its abbreviation in parentheses is one job, not two facts with the same
 * person, company and status. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a title and its abbreviation are one job', () => {
  it('keeps the written title, not the abbreviation beside it (fr, en)', () => {
    expect(roles('Chez Varnelle Industrie, Sonia Brack est nommée directrice administrative et financière (DAF).', 'fr')).toEqual([
      ['Sonia Brack', 'Varnelle Industrie', 'directrice administrative et financière', 'current'],
    ]);
    expect(roles('Quillmore Group has named Dara Fenwick chief people officer (CHRO).', 'en')).toEqual([
      ['Dara Fenwick', 'Quillmore Group', 'chief people officer', 'current'],
    ]);
  });

  it('keeps two different jobs at one company apart', () => {
    const rows = roles('Chez Varnelle Industrie, Sonia Brack, jusqu\'ici DRH, est nommée directrice financière.', 'fr');
    expect(rows).toContainEqual(['Sonia Brack', 'Varnelle Industrie', 'directrice financière', 'current']);
    expect(rows).toContainEqual(['Sonia Brack', 'Varnelle Industrie', 'DRH', 'former']);
  });
});
