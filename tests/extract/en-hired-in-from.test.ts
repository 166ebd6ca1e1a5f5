/**
 * A hire told with the firm left after "from" and a verb of bringing in or appointing ("brings in
 * X as COO from rival Y", "has tapped X from Y to run…", "appointed X as T from Y"): Y is a
 * past employer. A hire of no one in particular ("Bringing in someone from Y signals…") gives
 * no one a past job there. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English hires from another firm', () => {
  it('reads the firm after "from" as the one left', () => {
    const r = roles('Ostrava Steel brings in Jan Kowal as chief operating officer from rival Marlow Metals.', 'en');
    expect(r).toContainEqual(['Jan Kowal', 'Ostrava Steel', 'chief operating officer', 'current']);
    expect(r).toContainEqual(['Jan Kowal', 'Marlow Metals', null, 'former']);
    expect(roles('Ostrava Steel appointed Jan Kowal as chief operating officer from Marlow Metals, where he ran the rolling mills.', 'en')).toContainEqual(['Jan Kowal', 'Marlow Metals', null, 'former']);
    expect(roles('Ostrava Steel has brought in Jan Kowal from Marlow Metals as chief operating officer.', 'en')).toContainEqual(['Jan Kowal', 'Marlow Metals', null, 'former']);
  });
  it('gives no one the firm an unnamed hire comes from', () => {
    const r = roles('"Bringing in someone from Norvane Bank signals a tougher grip on costs," said Tomas Reyes, an analyst at Fenlow Securities.', 'en');
    expect(r.filter((row) => row[1] === 'Norvane Bank')).toEqual([]);
  });
});
