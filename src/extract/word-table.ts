/**
 * A hash table keyed by a span of a longer string: finds the entry for sentence[start, end)
 * without cutting that piece out first. The tokenizer looks up every token's shape here, so a
 * word met before costs neither a new string nor hashing one (a Map would need both); the
 * string kept with the entry then serves as the token's text.
 */
export class WordTable<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private hashes: Int32Array;
  private size = 0;

  constructor(
    private readonly limit: number,
    private capacity = 1024,
  ) {
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Array<V | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
  }

  /** FNV-1a over the UTF-16 units of text[start, end). */
  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The value stored for text[start, end), with `hash` from WordTable.hash; undefined if none. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.capacity - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === length && sameChars(key, text, start)) return this.values[slot];
    }
  }

  /** Stores value under key (not present yet); forgets everything once `limit` entries are held. */
  set(key: string, hash: number, value: V): void {
    if (this.size >= this.limit) this.clear(this.capacity);
    else if ((this.size + 1) * 2 > this.capacity) this.grow();
    this.put(key, hash, value);
  }

  clear(capacity = 1024): void {
    this.capacity = capacity;
    this.keys = new Array<string | undefined>(capacity);
    this.values = new Array<V | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
  }

  private put(key: string, hash: number, value: V): void {
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.size++;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    this.clear(this.capacity * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.put(key, hashes[i] as number, values[i] as V);
    }
  }
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
