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
