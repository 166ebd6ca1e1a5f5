/**
 * An employer described before its name, as news names a small firm once: "chief executive of
 * online lender Fundwell" (the description is no part of the title), "who runs family-owned
 * bakery Crumb & Co", "founder of the Bristol bakery Crumb Works" (a city used as an adjective),
 * "CEO of SME lender Fundwell" (an acronym of the trade, no firm). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English employers described before their name', () => {
  it('keeps the description out of the title', () => {
    expect(roles('Priya Nair, chief executive of online lender Fundwell, said sales rose.', 'en')).toContainEqual(['Priya Nair', 'Fundwell', 'chief executive', 'current']);
  });
  it('reads the firm after a description, a city used as an adjective or a trade acronym', () => {
    expect(roles('Priya Nair, who runs family-owned bakery Crumb & Co, said flour prices rose.', 'en')).toContainEqual(['Priya Nair', 'Crumb & Co', null, 'current']);
    expect(roles('Priya Nair, founder of the Bristol bakery Crumb Works, said prices rose.', 'en')).toContainEqual(['Priya Nair', 'Crumb Works', 'founder', 'current']);
    expect(roles('Priya Nair, 41, has been named CEO of SME lender Fundwell.', 'en')).toContainEqual(['Priya Nair', 'Fundwell', 'CEO', 'current']);
  });
});
