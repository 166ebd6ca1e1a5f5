/**
 * Names as the press writes them with particles: a family name joined by "al-" after a
 * patronymic ("Hamad bin Saeed al-Qasimi"), Spanish "de los / de las" ("Maria de los Ángeles
 * García", "Juan de las Heras", also opening a sentence). Names of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English texts: names with particles', () => {
  it('keeps the family name after a patronymic', () => {
    expect(roles('Hamad bin Saeed al-Qasimi, chief executive of Sahel Crest, said demand rose.', 'en')).toContainEqual(['Hamad bin Saeed al-Qasimi', 'Sahel Crest', 'chief executive', 'current']);
    expect(roles('Abdullah bin Khalid al-Saud has joined Red Sea Ventures as a partner.', 'en')).toContainEqual(['Abdullah bin Khalid al-Saud', 'Red Sea Ventures', 'partner', 'current']);
  });
  it('reads "de los / de las" inside a name, also at the start of a sentence', () => {
    expect(roles('Juan de las Heras, chief executive of Orvela Foods, said sales rose.', 'en')).toContainEqual(['Juan de las Heras', 'Orvela Foods', 'chief executive', 'current']);
    expect(roles('Orvela Foods named Maria de los Ángeles García as chief executive.', 'en')).toContainEqual(['Maria de los Ángeles García', 'Orvela Foods', 'chief executive', 'current']);
  });
});
