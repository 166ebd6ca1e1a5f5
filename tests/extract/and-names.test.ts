/**
 * Company names written with "and" ("Marks and Spencer", "Airbus Defence and Space") are one
 * employer; so is a body's name closed by its noun ("… Brokers and Dealers Federation"); two
 * firms joined by "and" stay two. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('company names with "and"', () => {
  it('keeps a known "and" name whole as the hirer', () => {
    expect(roles('Marks and Spencer has appointed Nora Vale as director of food.')).toEqual([['Nora Vale', 'Marks and Spencer', 'director of food', 'current']]);
  });
  it('keeps a known "and" name whole in a career', () => {
    expect(roles('Lars Oduya, who started his career at Slaughter and May, joins Brevik as general counsel.')).toContainEqual(['Lars Oduya', 'Slaughter and May', null, 'former']);
  });
  it('reads a division name with "and" whole', () => {
    const r = roles('Airbus Defence and Space has named Kai Brandt head of its satellite business.');
    expect(r.map((x) => x[1])).toEqual(['Airbus Defence and Space']);
  });
  it('still splits two firms joined by "and"', () => {
    const r = roles('Kai Brandt, who previously worked at Tessivo and Marrow Labs, joins Quent as chief executive.');
    expect(r).toContainEqual(['Kai Brandt', 'Tessivo', null, 'former']);
    expect(r).toContainEqual(['Kai Brandt', 'Marrow Labs', null, 'former']);
  });
  it('keeps a body named with "and" and closed by its noun whole', () => {
    expect(roles('Rolf Baumann est nommé administrateur de la Nordic Growers and Millers Association.', 'fr')).toEqual([['Rolf Baumann', 'Nordic Growers and Millers Association', 'administrateur', 'current']]);
    expect(roles('Ines Kovac was named chair of the Alpine Brokers and Dealers Federation.')).toEqual([['Ines Kovac', 'Alpine Brokers and Dealers Federation', 'chair', 'current']]);
  });
});
