/**
 * `out.push(...items)` as a loop. The extractor appends each rule's few candidates at every
 * sentence; a spread call there goes through V8's generic spread path (an arguments list made
 * per call), several times slower than pushing the items one by one. Pushing into the caller's
 * literal also keeps its element kind (see extractRules).
 */
export function append<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i] as T);
}
