/**
 * Words read as an employer that are no firm: meeting words ("at the AGM", "the EGM"), a
 * department or function ("head of Investor Relations", "ran Group Risk at X").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

const companies = (text: string): string[] => roleKeys(text, 'en').map(([, c]) => c);

describe('English words that are no firm', () => {
  it('never reads a shareholder meeting (AGM, EGM) as the employer', () => {
    const r = roleKeys('Hana Novak retires as chair of Dvorak Glass at the AGM; she will be succeeded by Pavel Dvorak.', 'en');
    expect(r).toContainEqual(['Hana Novak', 'Dvorak Glass', 'former']);
    expect(companies('Hana Novak retires as chair at the AGM; she will be succeeded by Pavel Sedlak, the company said.')).not.toContain('AGM');
    expect(companies('Olu Adeyemi will stand down as chairman of Zamfara Gold at the company\'s EGM.')).not.toContain('EGM');
  });
  it('reads a function\'s name as a department, never as the employer', () => {
    expect(roleRows('Dr Amara Obi joins Veltrix as Chief Medical Officer and head of Clinical Development.')).toEqual([['Amara Obi', 'Veltrix', 'Chief Medical Officer and head of Clinical Development', 'current']]);
    expect(roleKeys('Tom Reed, head of Investor Relations at Castlebury Holdings, left the company in March.', 'en')).toEqual([['Tom Reed', 'Castlebury Holdings', 'former']]);
    const ran = roleKeys('Hollin Bank appointed Grace Tan as chief risk officer; she previously ran Group Risk at Fenwick Insurance.', 'en');
    expect(ran).toContainEqual(['Grace Tan', 'Fenwick Insurance', 'former']);
    expect(ran.map(([, c]) => c)).not.toContain('Group Risk');
    expect(roleRows('Jonas Berg becomes Senior Vice President, Regulatory Affairs at Norvik Bio.')).toEqual([['Jonas Berg', 'Norvik Bio', 'Senior Vice President, Regulatory Affairs', 'current']]);
  });
});
