/** Reading untyped JSON answers (GraphQL data, Cypher rows) without casts at every step. */
export type Obj = Record<string, unknown>;

/** The value as an object, or an empty one when it is not. */
export const obj = (x: unknown): Obj => (x && typeof x === 'object' ? (x as Obj) : {});

/** The value as a list of objects, or an empty list when it is not an array. */
export const list = (x: unknown): Obj[] => (Array.isArray(x) ? (x as Obj[]) : []);

/** The `id` of each object of a list. */
export const ids = (x: unknown): string[] => list(x).map((o) => String(o.id));
