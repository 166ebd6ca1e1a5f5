import { describe, expect, it } from 'vitest';
import { canonicalTitle } from '../../src/lexicon/title-canonical.js';

// A recruiter filters careers by canonical title: the French, English and abbreviated forms of
// one post must land on the same canonical title and seniority.
const SAME: Array<[string, string[]]> = [
  ['CEO', ['DG', 'directeur général', 'directrice générale', 'chief executive officer', 'CEO']],
  ['Chair & CEO', ['PDG', 'président-directeur général', 'présidente-directrice générale', 'chairman and chief executive']],
  ['Deputy CEO', ['DGA', 'directrice générale déléguée', 'directeur général délégué', 'deputy chief executive']],
  ['CFO', ['DAF', 'directrice administrative et financière', 'directeur financier', 'chief financial officer', 'CFO']],
  ['CIO', ['DSI', "directeur des systèmes d'information", 'chief information officer']],
  ['CHRO', ['DRH', 'directrice des ressources humaines', 'chief people officer', 'HR director']],
  ['General Counsel', ['general counsel', 'directrice juridique', 'chief legal officer']],
];

describe('canonical titles', () => {
  for (const [canonical, forms] of SAME) {
    it(`${forms.join(', ')} → ${canonical}`, () => {
      for (const form of forms) expect(canonicalTitle(form).canonical, form).toBe(canonical);
      expect(canonicalTitle(forms[0] ?? '').seniority).toBe('c-level');
    });
  }

  it('keeps a board post, a generic head and an unknown title apart', () => {
    expect(canonicalTitle('présidente du conseil de surveillance')).toEqual({ canonical: 'Chair of the Supervisory Board', seniority: 'board' });
    expect(canonicalTitle('head of retail partnerships')).toEqual({ canonical: 'Head', seniority: 'head' });
    expect(canonicalTitle('maître de chai')).toEqual({ canonical: 'maître de chai', seniority: 'other' });
  });
});
