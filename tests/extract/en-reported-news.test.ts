/**
 * News told in reported speech puts the hire in the pluperfect: "Cravath Legal said Dana
 * Whitlow had joined the firm as a partner" is the news (current), while a dated pluperfect
 * ("had joined the firm in 2015 as a partner") is an earlier step. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English reported news in the pluperfect', () => {
  it('reads "said X had joined as T" as the new post', () => {
    expect(roles('Marlow Legal said Dana Whitlow had joined the firm as a partner.', 'en')).toContainEqual(['Dana Whitlow', 'Marlow Legal', 'partner', 'current']);
  });
  it('keeps a dated pluperfect as a past step', () => {
    expect(roles('Marlow Legal said Dana Whitlow had joined the firm in 2015 as a partner.', 'en')).toContainEqual(['Dana Whitlow', 'Marlow Legal', 'partner', 'former']);
  });
});
