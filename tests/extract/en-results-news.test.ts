/**
 * Appointments told in passing in results news: the noun opening the sentence ("Profits at X
 * rose", "Revenue at X grew", "Net income at X…") is no firm, and a firm named after a given
 * name and its trade ("Halden Paper", "Mara Agency") is a firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English results news', () => {
  it('does not take the noun opening a results sentence for the employer', () => {
    expect(roles('Revenue at Halden Foods grew 5%, said finance director Jonas Eriksen.', 'en')).toEqual([['Jonas Eriksen', 'Halden Foods', 'finance director', 'current']]);
    const r = roles('Profits at Dunmore Brewing rose 8%, the company said on Tuesday. Chief executive Aoife Brannock, who took over from Liam Doyle in January, said demand had recovered.', 'en');
    expect(r).toContainEqual(['Aoife Brannock', 'Dunmore Brewing', 'Chief executive', 'current']);
    expect(r).toContainEqual(['Liam Doyle', 'Dunmore Brewing', null, 'former']);
  });
  it('reads a firm named after a given name and its trade as a firm', () => {
    expect(roles('Halden Paper said revenue grew 5%. Finance director Jonas Eriksen said costs fell.', 'en')).toContainEqual(['Jonas Eriksen', 'Halden Paper', 'Finance director', 'current']);
  });
});
