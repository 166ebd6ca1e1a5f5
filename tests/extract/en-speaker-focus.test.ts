/**
 * The company a title is held at when the sentence does not say it: a speaker closing a
 * sentence whose subject is "It", a text opening with "EV maker X" (the acronym describes,
 * it names no firm), and a speaker a few sentences after the name, where the text went on about
 * "the company". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('the company a speaker or an untitled sentence stands for', () => {
  it('gives "It has signed a deal with retailer Y, chief executive X said" to the text\'s company', () => {
    const k = roleKeys('Payment app Corvane has launched in Spain. It has also signed a distribution deal with Spanish retailer Pellam Stores, chief executive Lia Brandt said.', 'en');
    expect(k).toContainEqual(['Lia Brandt', 'Corvane', 'current']);
    expect(k).not.toContainEqual(['Lia Brandt', 'Pellam Stores', 'current']);
  });
  it('gives a speaker to the company the sentences before talk of as "the company" and "the group"', () => {
    const text = 'Insurer Pellworth Group has named Ada Kron chief executive, poaching her from rival Corvane Re. Kron, 52, will succeed Hal Brisk, who is retiring. ' +
      'Pellworth also named Ines Valk as chief financial officer, replacing Otto Marr, who left in January to join Ondrel. ' +
      'The company, which opened an office in Dubai last year, said it would enter Brazil in 2026. Shares in the FTSE 250 group rose 2%. ' +
      '"Ada is the right person to lead our next chapter," chairman Sir Tomas Reyl said in a statement. The shares closed higher.';
    expect(roleKeys(text, 'en')).toContainEqual(['Tomas Reyl', 'Pellworth', 'current']);
  });
  it('does not take the acronym of "EV maker X" for the company', () => {
    const k = roleKeys('Pune-based EV maker Corvane Motors made its market debut on Monday. Managing director Lia Brandt said the company would open a research centre in Chennai.', 'en');
    expect(k).toContainEqual(['Lia Brandt', 'Corvane Motors', 'current']);
    expect(k.some((x) => x[1] === 'EV')).toBe(false);
  });
  it('does not take a name inside the quotation a speaker closes for the employer', () => {
    const k = roleKeys('Orvelin Air will base two jets at Tarbes from May. "Bigorre is badly served," said chief commercial officer Maud Ferrant. "Lapland is next," chief executive Aki Rinne said.', 'en');
    expect(k).toContainEqual(['Maud Ferrant', 'Orvelin Air', 'current']);
    expect(k).toContainEqual(['Aki Rinne', 'Orvelin Air', 'current']);
    expect(k.some((x) => x[1] === 'Bigorre' || x[1] === 'Lapland')).toBe(false);
  });
  it('gives "The chain has promoted T1 X to T2" to the text\'s company', () => {
    const k = roleKeys('Tarn & Lowe, the Welsh bakery chain, will open ten shops in Ireland. The chain has also promoted finance director Ilse Marwood to chief operating officer.', 'en');
    expect(k).toContainEqual(['Ilse Marwood', 'Tarn & Lowe', 'current']);
    expect(k).toContainEqual(['Ilse Marwood', 'Tarn & Lowe', 'former']);
  });
});
