/**
 * Name search over people and companies: forgiving of case, accents, typos ("badolt"
 * finds Badault), prefixes ("alib") and aliases ("Alibaba Group"). MiniSearch (BM25 with
 * prefix and fuzzy terms) over the catalog; the ranking depends only on the catalog's
 * contents, which are the same in every store.
 */
import MiniSearch from 'minisearch';
import type { CompanyNode, PersonNode } from '../model/graph.js';
import { fold } from '../model/keys.js';
import { compareText } from './companies.js';
import { byCodePoint } from './load.js';

export interface SearchHit {
  score: number;
  node: PersonNode | CompanyNode;
}

interface Doc {
  id: string;
  name: string;
  aliases: string;
}

const tokenize = (text: string): string[] => fold(text).split(' ').filter((t) => t !== '');

/** Typos allowed grow with the word: none up to 3 letters, 1 up to 5, then 2. */
const fuzzy = (term: string): number | false => (term.length <= 3 ? false : term.length <= 5 ? 1 : 2);

export class SearchIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly nodes = new Map<string, PersonNode | CompanyNode>();

  constructor(persons: readonly PersonNode[], companies: readonly CompanyNode[]) {
    this.mini = new MiniSearch<Doc>({
      fields: ['name', 'aliases'],
      tokenize,
      processTerm: (term) => term,
      searchOptions: { boost: { name: 2 }, prefix: (term) => term.length >= 2, fuzzy, combineWith: 'OR' },
    });
    const docs: Doc[] = [];
    for (const node of [...persons, ...companies]) {
      this.nodes.set(node.id, node);
      docs.push({ id: node.id, name: node.name, aliases: node.aliases.join(' ; ') });
    }
    // Insertion order decides nothing in the ranking, but keep it fixed anyway.
    docs.sort((a, b) => byCodePoint(a.id, b.id));
    this.mini.addAll(docs);
  }

  /** Best first (score rounded to 3 decimals), ties by name, then id. */
  search(query: string, first: number): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const result of this.mini.search(query)) {
      const node = this.nodes.get(String(result.id));
      if (node) hits.push({ score: Math.round(result.score * 1000) / 1000, node });
    }
    return hits
      .sort((a, b) => b.score - a.score || compareText(a.node.name, b.node.name) || byCodePoint(a.node.id, b.node.id))
      .slice(0, first);
  }
}
