/**
 * Words read as an employer that are no firm: meeting words ("at the AGM", "the EGM").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

const companies = (text: string): string[] => roleKeys(text, 'en').map(([, c]) => c);

describe('English words that are no firm', () => {
  it('never reads a shareholder meeting (AGM, EGM) as the employer', () => {
    const r = roleKeys('Hana Novak retires as chair of Dvorak Glass at the AGM; she will be succeeded by Pavel Dvorak.', 'en');
    expect(r).toContainEqual(['Hana Novak', 'Dvorak Glass', 'former']);
    expect(companies('Hana Novak retires as chair at the AGM; she will be succeeded by Pavel Sedlak, the company said.')).not.toContain('AGM');
    expect(companies('Olu Adeyemi will stand down as chairman of Zamfara Gold at the company\'s EGM.')).not.toContain('EGM');
  });
});
