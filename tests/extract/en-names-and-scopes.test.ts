/**
 * English names and titles the press writes with punctuation: a verb before a capitalised
 * "Chief …" title is no part of it, a ticker after its exchange is no employer, a firm of
 * surnames joined by commas and "&" is one name, a scope after a comma belongs to the title,
 * and a capitalised descriptor before "bank" describes the firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English names and title scopes', () => {
  it('keeps the verb before "Chief Operating Officer" out of the title', () => {
    expect(roles('Quarrow Mining said Chief Operating Officer Lena Vasko will succeed Chief Executive Tom Arden, who retires in May.', 'en')).toContainEqual(['Tom Arden', 'Quarrow Mining', 'Chief Executive', 'former']);
    expect(roles('Pellicor Bio elevates Chief Medical Officer Ravi Kant to chief executive.', 'en')).toContainEqual(['Ravi Kant', 'Pellicor Bio', 'Chief Medical Officer', 'former']);
  });
  it('still reads "finance chief" as a title', () => {
    expect(roles('Quarrow Mining finance chief Lena Vasko has resigned.', 'en')).toEqual([['Lena Vasko', 'Quarrow Mining', 'finance chief', 'former']]);
  });
  it('reads no employer in a ticker', () => {
    expect(roles('Brindle Devices, Inc. (NASDAQ: BRDV) today announced the appointment of Ola Femi as Chief Financial Officer.', 'en')).toEqual([['Ola Femi', 'Brindle Devices', 'Chief Financial Officer', 'current']]);
  });
  it('joins a firm of surnames written with commas', () => {
    expect(roles('Ola Femi began her career at Harrowby, Tull & Quayle.', 'en')).toEqual([['Ola Femi', 'Harrowby, Tull & Quayle', null, 'former']]);
    expect(roles('Ola Femi advised Zentra, Marks & Spencer and Tesco before joining Pluma as chief executive.', 'en')).not.toContainEqual(['Ola Femi', 'Zentra, Marks & Spencer', null, 'former']);
  });
  it('keeps a scope written after a comma in the title, and the employer after it', () => {
    expect(roles('Ola Femi most recently served as Vice President, U.S. Sales at Brindle Devices.', 'en')).toEqual([['Ola Femi', 'Brindle Devices', 'Vice President, U.S. Sales', 'former']]);
    expect(roles('Pluma has named Ola Femi general manager, North America, and will open an office in Boston.', 'en')).toContainEqual(['Ola Femi', 'Pluma', 'general manager, North America', 'current']);
  });
  it('reads "Boutique bank X" as a description of X', () => {
    expect(roles('Boutique bank Tarrow Partners has hired Ola Femi as a managing director.', 'en')).toEqual([['Ola Femi', 'Tarrow Partners', 'managing director', 'current']]);
  });
});
