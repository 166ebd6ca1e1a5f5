/**
 * A post left, written with the firm's name before the title: "resigned as Valmor chief
 * executive", "stepped down as Valmor's chairman". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts left, firm before title', () => {
  it('reads "resigned / stepped down / left as Firm title" as left', () => {
    expect(roles('Tom Reed resigned as Valmor chief executive in January.')).toEqual([['Tom Reed', 'Valmor', 'chief executive', 'former']]);
    expect(roles("Tom Reed stepped down as Valmor's chairman in January.")).toEqual([['Tom Reed', 'Valmor', 'chairman', 'former']]);
  });
  it('keeps a post joined that way', () => {
    expect(roles('Tom Reed joined as Valmor chief executive in January.')).toEqual([['Tom Reed', 'Valmor', 'chief executive', 'current']]);
  });
});

describe('an appointment told beside a leaving', () => {
  it('reads the post someone was appointed to, then leaves, as left', () => {
    expect(roles('Ann Lee, who was appointed chief financial officer of Valmor in 2021, is leaving the company.')).toEqual([['Ann Lee', 'Valmor', 'chief financial officer', 'former']]);
    expect(roles('Claire Dumoulin, nommée en 2021 directrice des opérations de Valmor, quitte le groupe.', 'fr')).toEqual([['Claire Dumoulin', 'Valmor', 'directrice des opérations', 'former']]);
  });
  it('keeps the new post of someone who leaves another firm', () => {
    expect(roles('Ann Lee, appointed chief executive of Valmor, will leave Orsel in June.')).toEqual([
      ['Ann Lee', 'Valmor', 'chief executive', 'current'],
      ['Ann Lee', 'Orsel', null, 'former'],
    ]);
  });
});
