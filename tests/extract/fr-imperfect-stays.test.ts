/** French past stays told in the imperfect with a time phrase: "Elle officiait depuis 2018 chez X". Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const roles = (text: string) => roleRows(text, 'fr');

describe('imperfect stays', () => {
  it('reads "officiait / exerçait depuis … chez X" as a past employer', () => {
    expect(roles('Clémence Aubry rejoint Hexalis. Elle officiait depuis 2018 chez Orbelis.')).toContainEqual(['Clémence Aubry', 'Orbelis', null, 'former']);
    expect(roles('Clémence Aubry rejoint Hexalis. Elle exerçait depuis dix ans chez Orbelis.')).toContainEqual(['Clémence Aubry', 'Orbelis', null, 'former']);
  });
});

describe('a lead told in the imperfect beside the post given now', () => {
  it('keeps the lead left, untitled, beside the new post at the same firm', () => {
    const r = roles("Guy Marbeuf, qui présidait Ferlance depuis 2008, devient président d'honneur de Ferlance.");
    expect(r).toContainEqual(['Guy Marbeuf', 'Ferlance', null, 'former']);
    expect(r).toContainEqual(['Guy Marbeuf', 'Ferlance', "président d'honneur", 'current']);
  });
  it('reads "qui dirigeait la société / l\'entreprise" as a past lead of the text\'s firm', () => {
    expect(roles("La brasserie Ferlance passe à la génération suivante. Guy Marbeuf, qui dirigeait la société depuis 2003, a vendu ses actions à sa nièce.")).toContainEqual(['Guy Marbeuf', 'Ferlance', null, 'former']);
    const r = roles("Chez Ferlance, Guy Marbeuf, qui dirigeait l'entreprise depuis 2008, devient vice-président du conseil d'administration.");
    expect(r).toContainEqual(['Guy Marbeuf', 'Ferlance', null, 'former']);
  });
  it('does not read a unit of another firm as the text\'s firm', () => {
    const r = roles("Tarvane accueille un directeur général délégué, Yannick Orsel, qui a fait toute sa carrière chez Brastel, dont il dirigeait la filiale indienne.");
    expect(r).not.toContainEqual(['Yannick Orsel', 'Tarvane', null, 'former']);
  });
});
