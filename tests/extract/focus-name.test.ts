/**
 * A role whose sentence names no company is held at the company the text is about, under the
 * name the text last gave it (GUIDELINES copies the name the text gives the employer at that
 * point): "Quillbyte Robotics … Quillbyte also … its CFO" is at "Quillbyte"; before the text
 * names it, at its full name. A description ("the company", "du groupe") names the firm by its
 * full name (en-full-name.test.ts). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows as roles } from '../helpers/extract.js';

describe('the focus company as the text last named it', () => {
  it('uses the short form once the text has shortened the name', () => {
    const r = roles('Quillbyte Robotics said on Monday it would open a plant in Leeds. Quillbyte also confirmed a new contract. Chief financial officer Anna Lind said demand was strong.');
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte', 'Chief financial officer', 'current']);
  });
  it('uses the full form while the text has only written it in full', () => {
    const r = roles('Quillbyte Robotics said on Monday it would open a plant in Leeds. Chief financial officer Anna Lind said demand was strong.');
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte Robotics', 'Chief financial officer', 'current']);
  });
  it('follows the name back to its full form when the text writes it in full again', () => {
    const r = roles('Quillbyte has hired Tomas Berg as chief operating officer. Quillbyte Robotics also said it would list in Oslo. It named Ida Moen head of sales.');
    expect(r).toContainEqual(['Tomas Berg', 'Quillbyte', 'chief operating officer', 'current']);
    expect(r).toContainEqual(['Ida Moen', 'Quillbyte Robotics', 'head of sales', 'current']);
  });
});

describe('a unit of the company is not a new name for it', () => {
  it('skips the unit named by a place and its legal form ("Velcor India Pvt Ltd")', () => {
    const r = roles('Tarnhill Partners will open a centre in Pune. Tarnhill Partners India Pvt Ltd will be run by Arjun Mehta. Chief financial officer Clara Voss will stay in her post.');
    expect(r).toContainEqual(['Clara Voss', 'Tarnhill Partners', 'Chief financial officer', 'current']);
    expect(r).not.toContainEqual(['Clara Voss', 'Tarnhill Partners India Pvt Ltd', 'Chief financial officer', 'current']);
  });
  it('still follows a longer name that is no unit ("Velcor Holdings Ltd")', () => {
    const r = roles('Tarnhill said on Monday it would open a plant in Leeds. Tarnhill Partners Ltd also confirmed a new contract. Chief financial officer Clara Voss said demand was strong.');
    expect(r).toContainEqual(['Clara Voss', 'Tarnhill Partners Ltd', 'Chief financial officer', 'current']);
  });
});

describe('Nordic legal forms', () => {
  it('reads "A/S" as part of the company name, not as a company "S"', () => {
    expect(expansionRows('Fjordlys Automation A/S, the Danish maker of warehouse robots, will open an engineering centre in Singapore.', 'en')).toEqual(['Fjordlys Automation A/S | office | Singapore']);
  });
});

describe('the firm that hires is the one the text is about', () => {
  it('outweighs a past employer the text names more often', () => {
    const r = roles('Advisory firm Dunmore Pike has hired Lena Ortiz as a senior partner. Ortiz spent 20 years at Halvard and ran Halvard\'s Madrid office. She will report to managing partner Owen Creel.');
    expect(r).toContainEqual(['Owen Creel', 'Dunmore Pike', 'managing partner', 'current']);
  });
  it('reads a nationality before the description of the hirer', () => {
    const r = roles('Welsh cider maker Brynmor Co has won a listing in 300 Varley stores and hired Tess Amory as sales director. The Varley deal starts in May. Amory will work with chief executive Rhys Penn.');
    expect(r).toContainEqual(['Rhys Penn', 'Brynmor Co', 'chief executive', 'current']);
  });
});

describe('"latterly as T" after a stay', () => {
  it('keeps the title at the firm of the stay, as a past post', () => {
    const r = roles('Corran Bank has appointed Mira Vale as chief risk officer. Vale spent 15 years at Tollard, latterly as head of credit risk.');
    expect(r).toContainEqual(['Mira Vale', 'Tollard', 'head of credit risk', 'former']);
  });
});
