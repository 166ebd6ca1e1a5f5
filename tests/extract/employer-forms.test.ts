/**
 * One employer written in a short and a long form, with the same status, is one job (so a
 * post joined earlier there is past); a past post at the long form and a current one at the
 * short form stay two jobs. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('short and long forms of one employer', () => {
  it('reads an earlier post at the short form as past', () => {
    const r = roles('Velto Capital has named Anna Lind as chief risk officer. Lind joined Velto in 2021 as deputy CRO.');
    expect(r).toContainEqual(['Anna Lind', 'Velto Capital', 'chief risk officer', 'current']);
    expect(r).toContainEqual(['Anna Lind', 'Velto', 'deputy CRO', 'former']);
  });
  it('keeps a move inside the group as two jobs', () => {
    const r = roles("Orvane Hotels International has named Paul Brent managing director for France, replacing Anna Lind, who is moving to Dubai to lead Orvane Hotels' Gulf business.");
    expect(r).toContainEqual(['Anna Lind', 'Orvane Hotels International', 'managing director for France', 'former']);
  });
  it('reads "Groupe X" and "X" as one job, the titled one kept', () => {
    const r = roles("Groupe Ombrevia nomme Hélène Quentrel directrice financière. Elle rejoint Ombrevia après dix ans chez Lusquéval.", 'fr');
    expect(r.filter(([p, c, , s]) => p === 'Hélène Quentrel' && /Ombrevia/.test(c) && s === 'current')).toEqual([['Hélène Quentrel', 'Groupe Ombrevia', 'directrice financière', 'current']]);
  });
});
