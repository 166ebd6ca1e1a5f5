/**
 * French handovers told with "prendre la relève / le relais / la suite / la succession de" in
 * any tense, and a function's lead ("à la direction financière de Z") handed over without a
 * title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const roles = (text: string) => roleRows(text, 'fr');

describe('taking over, in French', () => {
  it('reads "prendra la relève de Y à la tête de Z"', () => {
    expect(roles('Claire Dumoulin prendra la relève de Hugo Dias à la tête de Valmor.')).toEqual([
      ['Claire Dumoulin', 'Valmor', null, 'current'],
      ['Hugo Dias', 'Valmor', null, 'former'],
    ]);
  });
  it('reads a function\'s lead handed over ("à la direction financière de Z")', () => {
    expect(roles("C'est Claire Dumoulin qui succédera à Hugo Dias à la direction financière de Valmor.")).toEqual([
      ['Claire Dumoulin', 'Valmor', null, 'current'],
      ['Hugo Dias', 'Valmor', null, 'former'],
    ]);
  });
  it('gives the one replaced the post told beside their name, in the past', () => {
    expect(roles('Claire Dumoulin a pris le relais de Hugo Dias, directeur financier de Valmor depuis 2015.')).toContainEqual(['Hugo Dias', 'Valmor', 'directeur financier', 'former']);
  });
});
