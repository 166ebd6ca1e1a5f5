/** French past stays told in the imperfect with a time phrase: "Elle officiait depuis 2018 chez X". Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const roles = (text: string) => roleRows(text, 'fr');

describe('imperfect stays', () => {
  it('reads "officiait / exerçait depuis … chez X" as a past employer', () => {
    expect(roles('Clémence Aubry rejoint Hexalis. Elle officiait depuis 2018 chez Orbelis.')).toContainEqual(['Clémence Aubry', 'Orbelis', null, 'former']);
    expect(roles('Clémence Aubry rejoint Hexalis. Elle exerçait depuis dix ans chez Orbelis.')).toContainEqual(['Clémence Aubry', 'Orbelis', null, 'former']);
  });
});
