/**
 * A name whose first word is a given name is still a firm when it ends in a trade word
 * ("Air", "Engineering", "Developments", "Mutuelle"…): no one is called "Marco Air". Sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner, roleRows } from '../helpers/extract.js';

describe('firms named with a given name and a trade word', () => {
  it('reads "Julia Air" as the airline the chief executive runs (fr)', () => {
    const r = roleRows("La compagnie régionale Julia Air ouvrira une base à Nantes, a annoncé son directeur général, Paul Mercadier. Ancien directeur commercial d'Air Austral, Paul Mercadier a pris les commandes de Julia Air en 2023.", 'fr');
    expect(r.some(([person]) => person === 'Julia Air')).toBe(false);
    expect(r).toContainEqual(['Paul Mercadier', 'Julia Air', 'directeur général', 'current']);
  });
  it('reads "Harold Developments" as the firm its chief executive works for (en)', () => {
    const r = roleRows('Harold Developments said its chief executive, Tara Quint, would step down in June.', 'en');
    expect(r.some(([person]) => person === 'Harold Developments')).toBe(false);
    expect(r.some(([person, company, title]) => person === 'Tara Quint' && company === 'Harold Developments' && title === 'chief executive')).toBe(true);
  });
  it('keeps a person whose surname is not a trade word', () => {
    const r = roleRows('Simon Engineering has hired Tara Quint as finance director.', 'en');
    expect(r.some(([person]) => person === 'Tara Quint')).toBe(true);
  });
});

describe('construction firms named after a given name', () => {
  it('reads "Civils" and "Infra" as a firm’s last word, not a surname', () => {
    expect(expansionRowsWithPartner('Harvey Civils has formed a joint venture with Brockway Infra.', 'en')).toEqual(['Harvey Civils | partnership | — | Brockway Infra']);
  });
});
