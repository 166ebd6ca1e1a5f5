/** GraphiQL tabs: each example is a valid, named operation, so its tab carries a title. */
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, namedOperation } from '../../src/graphql/examples.js';
import { buildSchema } from '../../src/graphql/schema.js';

describe('GraphiQL tabs', () => {
  it('name every operation after its example, uniquely, and stay valid against the schema', () => {
    const names = EXAMPLES.map((example) => {
      const doc = parse(namedOperation(example));
      const op = doc.definitions[0] as OperationDefinitionNode;
      expect(validate(buildSchema(), doc).map((e) => e.message), example.name).toEqual([]);
      return op.name?.value;
    });
    expect(names).toContain('CareerPath');
    expect(names.every((n) => typeof n === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
