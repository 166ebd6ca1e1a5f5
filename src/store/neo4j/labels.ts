/**
 * Every label and relationship type the store writes. Cypher text is built only from these
 * constants, never from input (DESIGN: "labels and relationship types come from constants").
 */
export const L = {
  Person: 'Person',
  Company: 'Company',
  Place: 'Place',
  Source: 'Source',
  /**
   * One node per folded name or alias, shared by every Person and Company that answers to
   * it. Name lookup seeks it by its unique `key`: a range index on the `aliasKeys` list
   * cannot serve `key IN n.aliasKeys` (Neo4j 5 plans a label scan), this can.
   */
  NameKey: 'NameKey',
} as const;

export const R = {
  HELD_ROLE: 'HELD_ROLE',
  EXPANDED: 'EXPANDED',
  SUBSIDIARY_OF: 'SUBSIDIARY_OF',
  /** (Person|Company)-[:HAS_KEY]->(NameKey) */
  HAS_KEY: 'HAS_KEY',
} as const;

/** The labels callers may name in idsByKey / allIds, mapped to constants. */
export const NAMED_LABELS = { Person: L.Person, Company: L.Company } as const;
export const LISTED_LABELS = { Person: L.Person, Company: L.Company, Source: L.Source } as const;
