/**
 * People the first-name list alone misses: a predecessor ("replacing X"), "X, who…", a
 * lowercase particle joined to the surname ("al-Rashid"), a civility ("Sir"), a family name
 * written first ("Tran Van Minh" … "Tran"). Names and sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('person names', () => {
  it('reads the one replaced as a person, and the post they move to', () => {
    const r = roles('Quillbyte has named Anna Lind head of sales, replacing Torvald Eskeland, who becomes head of strategy.');
    expect(r).toContainEqual(['Torvald Eskeland', 'Quillbyte', 'head of sales', 'former']);
    expect(r).toContainEqual(['Torvald Eskeland', 'Quillbyte', 'head of strategy', 'current']);
  });
  it('joins a lowercase particle to the surname', () => {
    expect(roles('Quillbyte has appointed Nadia al-Kassem as chief financial officer.')).toContainEqual(['Nadia al-Kassem', 'Quillbyte', 'chief financial officer', 'current']);
  });
  it('leaves a civility out of the name', () => {
    expect(roles('Quillbyte has named Sir Robert Hale as chair.')).toContainEqual(['Robert Hale', 'Quillbyte', 'chair', 'current']);
  });
  it('knows a family name written first', () => {
    const r = roles('Quillbyte has named Tran Van Minh country manager for Vietnam. Tran previously spent six years at Orvane.');
    expect(r).toContainEqual(['Tran Van Minh', 'Orvane', null, 'former']);
  });
  it('reads a French lawyer\'s "Maître" or "Me" as a civility, not part of the name', () => {
    for (const civility of ['Maître', 'Me']) {
      const r = roles(`Le cabinet Orvel & Brisson recrute. ${civility} Claire Aubry, qui exerçait jusqu'à présent chez Kermarrec Avocats, rejoint le cabinet en qualité d'associée.`, 'fr');
      expect(r).toContainEqual(['Claire Aubry', 'Kermarrec Avocats', null, 'former']);
      expect(r).toContainEqual(['Claire Aubry', 'Orvel & Brisson', 'associée', 'current']);
    }
  });
  it('knows short Yoruba and Igbo given names', () => {
    expect(roles('Halvorne Foods named Dayo Adeyemo and Funmi Ojo to its board.')).toEqual([
      ['Dayo Adeyemo', 'Halvorne Foods', null, 'current'],
      ['Funmi Ojo', 'Halvorne Foods', null, 'current'],
    ]);
    expect(roles('"We are growing fast," said Olu Adeyemo. Adeyemo, who joined Quenlow in 2021, leads its lending unit.')).toEqual([['Olu Adeyemo', 'Quenlow', null, 'current']]);
  });
});
