/**
 * A post named right after "takes over from" / "succède au" is the one the predecessor leaves;
 * a founder title joined to a post ("co-founder and chief executive") can be left, a bare
 * founder title stays. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('the post a predecessor leaves', () => {
  it('reads the title after "takes over from" as former', () => {
    const r = roles('Quillbyte has appointed Paul Brent as managing director. Brent takes over from interim MD Anna Lind, who returns to her role as chief operating officer.', 'en');
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte', 'interim MD', 'former']);
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte', 'chief operating officer', 'current']);
  });
  it('keeps a bare co-founder current', () => {
    expect(roles('Paul Brent takes over at Quillbyte from co-founder Anna Lind, chief executive since 2015, who becomes executive chair.', 'en')).not.toContainEqual(['Anna Lind', 'Quillbyte', 'co-founder', 'former']);
  });
  it('lets a co-founder and chief executive step down', () => {
    expect(roles('Quillbyte has named Paul Brent acting chief executive after co-founder and chief executive Anna Lind stepped down.', 'en')).toContainEqual(['Anna Lind', 'Quillbyte', 'co-founder and chief executive', 'former']);
  });
});
