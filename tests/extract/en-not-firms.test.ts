/**
 * Words read as an employer that are no firm: meeting words ("at the AGM", "the EGM"), a
 * department or function ("head of Investor Relations", "ran Group Risk at X"), a town no list
 * holds once the text writes it as one ("the Qaltan-based carrier", "In Qaltan, …"), a firm's
 * type glued before its name ("MGA Orbell Risk"), an armed service ("a former Royal Navy
 * officer"); and what is one: the firm someone founded, a port authority ("Port of X").
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
  it('never reads a town the text writes as one as the employer', () => {
    const based = roleKeys('The Qaltan-based carrier Sundra Orient Lines named Goh Kian Huat chief executive. Richard Teo, the founder, remains executive chairman of the Qaltan shipping line.', 'en');
    expect(based.map(([, c]) => c)).not.toContain('Qaltan');
    expect(based).toContainEqual(['Goh Kian Huat', 'Sundra Orient Lines', 'current']);
    const opening = roleKeys('From Qaltan, founder Richard Teo built Sundra Orient Lines into a regional carrier; he becomes executive chairman.', 'en');
    expect(opening.map(([, c]) => c)).not.toContain('Qaltan');
    expect(opening).toContainEqual(['Richard Teo', 'Sundra Orient Lines', 'current']);
  });
  it('keeps a firm-type acronym out of the name', () => {
    expect(roleKeys('Chris Pellew has joined MGA Orbell Risk as chief underwriting officer.', 'en')).toEqual([['Chris Pellew', 'Orbell Risk', 'current']]);
    expect(roleKeys('SPAC Tarn Acquisition named Ana Cole chief financial officer.', 'en')).toEqual([['Ana Cole', 'Tarn Acquisition', 'current']]);
  });
  it('never reads an armed service as an employer, and finds the firm founded instead', () => {
    expect(roleRows('Sam Whitcombe, a former Royal Navy officer, co-founded Fable Design and is its chief executive.')).toEqual([['Sam Whitcombe', 'Fable Design', 'chief executive', 'current']]);
    expect(companies('A former RAF pilot, Dev Patel now runs Skyward Charters as managing director.')).not.toContain('RAF');
  });
  it('reads "Port of X" as one employer', () => {
    expect(roleKeys('Port of Antwerp chief executive Jacques Vandermeulen will retire in June.', 'en')).toEqual([['Jacques Vandermeulen', 'Port of Antwerp', 'former']]);
  });
});
