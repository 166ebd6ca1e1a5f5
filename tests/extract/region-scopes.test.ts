/**
 * Regions named by compass points ("the North West", "Greater China", "East African") are a
 * post's scope or a market, never the employer; names that end in another word ("Northern
 * Trust") stay firms. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('compass regions are no employers', () => {
  it('reads "regional director for the North West" as a scope of the firm named before', () => {
    const rows = roles('Pellory Homes has made Ola Femi its chief operating officer, promoting her from regional director for the North West.', 'en');
    expect(rows).toContainEqual(['Ola Femi', 'Pellory Homes', 'chief operating officer', 'current']);
    expect(rows.some((r) => r[1] === 'North West')).toBe(false);
  });
  it('reads "managing director for Greater China" as a scope', () => {
    const rows = roles('Ola Femi spent nine years at Quarrow Jewels, most recently as managing director for Greater China.', 'en');
    expect(rows.some((r) => r[1] === 'Greater China')).toBe(false);
    expect(rows).toContainEqual(['Ola Femi', 'Quarrow Jewels', expect.anything(), 'former']);
  });
  it('keeps a firm whose name only opens with a compass point', () => {
    expect(roles('Ola Femi has joined Northern Trust as head of custody.', 'en')).toContainEqual(['Ola Femi', 'Northern Trust', 'head of custody', 'current']);
  });
});
