import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { encodeCursor, paginate } from '../../src/graphql/pagination.js';

const items = ['b', 'd', 'f', 'h'].map((k) => ({ k }));
const keyOf = (x: { k: string }) => [x.k, x.k];

describe('paginate', () => {
  it('pages with endCursor until hasNextPage is false', () => {
    const one = paginate(items, 't', keyOf, { first: 3 });
    expect(one.edges.map((e) => e.node.k)).toEqual(['b', 'd', 'f']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = paginate(items, 't', keyOf, { first: 3, after: one.pageInfo.endCursor });
    expect(two.edges.map((e) => e.node.k)).toEqual(['h']);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(two.totalCount).toBe(4);
  });

  it('resumes after the cursor’s key even when items were added or removed before it', () => {
    const cursor = encodeCursor('t', ['d', 'd']);
    const grown = [{ k: 'a' }, { k: 'c' }, ...items];
    expect(paginate(grown, 't', keyOf, { after: cursor }).edges.map((e) => e.node.k)).toEqual(['f', 'h']);
    const shrunk = items.filter((x) => x.k !== 'd');
    expect(paginate(shrunk, 't', keyOf, { after: cursor }).edges.map((e) => e.node.k)).toEqual(['f', 'h']);
  });

  it('gives an empty page for first: 0 and for an empty list', () => {
    expect(paginate(items, 't', keyOf, { first: 0 }).edges).toEqual([]);
    expect(paginate([], 't', keyOf, {}).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('refuses garbage, a cursor of another list, and first out of range', () => {
    for (const after of ['%%%', Buffer.from('{"a":1}').toString('base64url'), encodeCursor('other', ['d', 'd']), '']) {
      expect(() => paginate(items, 't', keyOf, { after })).toThrow(InputError);
    }
    expect(() => paginate(items, 't', keyOf, { first: -1 })).toThrow(/from 0 to 100/);
    expect(() => paginate(items, 't', keyOf, { first: 101 })).toThrow(InputError);
  });
});
