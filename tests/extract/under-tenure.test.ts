/**
 * "The results were the first under chief executive X": the past verb is the results', and
 * "under" tells X's tenure, now. "under former CEO X" still tells a past one. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a post named after "under"', () => {
  it('is current despite a past verb of another subject', () => {
    expect(roles('Harwick Foods reported a 12% rise in revenue. The results were the first under chief executive Daniel Osei.')).toContainEqual(['Daniel Osei', 'Harwick Foods', 'chief executive', 'current']);
  });
  it('is former when the text says so', () => {
    expect(roles('Harwick Foods reported a 12% rise in revenue. The losses were run up under former chief executive Daniel Osei.')).toContainEqual(['Daniel Osei', 'Harwick Foods', 'chief executive', 'former']);
  });
});
