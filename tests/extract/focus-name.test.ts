/**
 * A role whose sentence names no company is held at the company's full name when the text
 * uses the full and the short form equally ("Quillbyte Robotics" … "Quillbyte"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('the focus company named in full', () => {
  it('uses the longer form on a tie', () => {
    const r = roles('Quillbyte Robotics said on Monday it would open a plant in Leeds. Quillbyte also confirmed a new contract. Chief financial officer Anna Lind said demand was strong.');
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte Robotics', 'Chief financial officer', 'current']);
  });
});
