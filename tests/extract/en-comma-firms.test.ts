/**
 * Law firms named after several partners, with commas and a legal form ("Weil, Gotshal & Manges
 * LLP" shape): the whole name is the employer. Names of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English comma-separated firm names with a legal form', () => {
  it('keeps every surname of the firm before the "&" pair and its LLP', () => {
    expect(roles('Harwell, Strand & Okoye LLP has hired Marcus van der Berg as a partner in its London restructuring group.', 'en')).toContainEqual(['Marcus van der Berg', 'Harwell, Strand & Okoye LLP', 'partner', 'current']);
    expect(roles('Dana Whitlow has joined Pruitt, Lang, Cordova, Mabry & Hollis LLP as a partner in New York.', 'en')).toContainEqual(['Dana Whitlow', 'Pruitt, Lang, Cordova, Mabry & Hollis LLP', 'partner', 'current']);
  });
});
