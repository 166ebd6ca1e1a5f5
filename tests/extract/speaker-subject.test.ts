/**
 * A speaker's title closing a sentence ("…, said Chief Executive X") is held at the sentence's
 * subject; a company named as an agent ("backed by Y") or only inside a relative clause is
 * not that subject. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a speaker after the subject company', () => {
  it('gives the speaker the focus company, not its backer', () => {
    const r = roles('Payment start-up Karrow Pay has hired Ines Moll as chief risk officer. The company, which is backed by Vexa Ventures, will open an office in Lagos next year, said Chief Executive Tomas Brandt.', 'en');
    expect(r).toContainEqual(['Tomas Brandt', 'Karrow Pay', 'Chief Executive', 'current']);
    expect(r.filter((row) => row[1] === 'Vexa Ventures')).toEqual([]);
  });
});
