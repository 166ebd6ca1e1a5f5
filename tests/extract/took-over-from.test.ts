/**
 * "X, who took over in March from Y": the one taken over from is a predecessor even with a time
 * phrase between "took over" and "from". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('"took over … from" a person', () => {
  it('makes the one taken over from a former holder', () => {
    const r = roles('Harwick Foods reported a 12% rise in revenue. Chief executive Daniel Osei, who took over in March from Margaret Lyle, said demand was strong.');
    expect(r).toContainEqual(['Daniel Osei', 'Harwick Foods', 'Chief executive', 'current']);
    expect(r).toContainEqual(['Margaret Lyle', 'Harwick Foods', null, 'former']);
  });
  it('does not take a company bought from someone for a predecessor', () => {
    const r = roles('Harwick Foods chief executive Daniel Osei took over the Pellam bakery chain in 2021 from its owner, the Brune family.');
    expect(r.filter(([p]) => p !== 'Daniel Osei')).toEqual([]);
  });
});
