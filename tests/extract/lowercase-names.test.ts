/**
 * Start-ups that write their name in lowercase: read as a name where the text introduces it
 * (after a firm's description, or opening the text before an apposition), and then wherever
 * the text uses it again. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('lowercase company names', () => {
  it('reads a name introduced by "la start-up nantaise X, qui…"', () => {
    const r = roles('La start-up nantaise zelko, qui édite un logiciel de paie, lève 8 millions d\'euros auprès de Partvest. « Nous visons l\'Espagne », souligne Anne Morvan, sa cofondatrice et présidente.', 'fr');
    expect(r).toContainEqual(['Anne Morvan', 'zelko', 'cofondatrice et présidente', 'current']);
  });
  it('reads a name opening the text before ", the … startup"', () => {
    const r = roles('fendr, the Lisbon-based startup that automates invoicing, has hired Maria Sousa as its first chief operating officer. Maria Sousa was most recently a director at Brightpay. The hire comes after fendr closed a funding round led by Orvel Capital. Co-founder Rui Lopes (CEO) started the company in 2021.');
    expect(r).toContainEqual(['Maria Sousa', 'fendr', 'chief operating officer', 'current']);
    expect(r).toContainEqual(['Rui Lopes', 'fendr', 'CEO', 'current']);
  });
  it('does not read an adjective or a title word as a name', () => {
    const r = roles('Harlow Foods has tapped Nina Perle as chief supply chain officer, the London-listed group said.');
    expect(r.map((x) => x[1])).not.toContain('officer');
    const f = roles('La start-up française innovante, qui édite un logiciel de paie, a nommé Anne Morvan directrice financière.', 'fr');
    expect(f.map((x) => x[1])).not.toContain('innovante');
  });
});
