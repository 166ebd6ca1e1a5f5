/**
 * An extractor for tests of the write path: returns hand-written facts for known texts, so
 * the mutation is tested whatever the rules extractor does (and before it exists).
 */
import type { Facts } from '../../src/model/facts.js';
import type { IngestDeps } from '../../src/services/ingest.js';

export type Extractor = NonNullable<IngestDeps['extractor']>;

export function fixtureExtractor(factsByText: Record<string, Facts>): Extractor {
  return {
    name: 'fixture',
    extract(input: { text: string }): Facts {
      const facts = factsByText[input.text.trim()];
      return facts ?? { lang: 'en', roles: [], expansions: [] };
    },
  };
}

/** The invented article the write tests send, and the facts it states. */
export const HARBOR_TEXT =
  'Harbor Lane Robotics has appointed Priya Castellanos as chief operating officer. She previously spent six years at Amazon, where she was vice president of operations.';

export const HARBOR_FACTS: Facts = {
  lang: 'en',
  roles: [
    {
      person: 'Priya Castellanos', company: 'Harbor Lane Robotics', title: 'chief operating officer', status: 'current',
      start: null, end: null, place: null,
      evidence: 'Harbor Lane Robotics has appointed Priya Castellanos as chief operating officer.',
    },
    {
      person: 'Priya Castellanos', company: 'Amazon', title: 'vice president of operations', status: 'former',
      start: null, end: null, place: null,
      evidence: 'She previously spent six years at Amazon, where she was vice president of operations.',
    },
  ],
  expansions: [],
};
