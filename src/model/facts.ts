/**
 * The Facts JSON contract (DESIGN.md): what `careergraph extract` prints and what
 * resolution consumes. Names are written as the text writes them; resolution happens later.
 * Optional fields are richer detail; the required keys and their meanings never change.
 */
export type Lang = 'fr' | 'en';
export type RoleStatus = 'current' | 'former';
export type ExpansionKind = 'office' | 'market' | 'partnership' | 'ipo';

export interface RoleFact {
  person: string;
  company: string;
  title: string | null;
  status: RoleStatus;
  /** Partial ISO date: "2014", "2014-05" or "2014-05-12". */
  start: string | null;
  end: string | null;
  place: string | null;
  /** The sentence of the normalized text that states the fact (a substring of it). */
  evidence: string;
  titleCanonical?: string | null;
  seniority?: string | null;
  acting?: boolean;
  lifecycle?: 'announced' | 'effective' | 'left' | null;
  /**
   * Where the text puts this role in the person's career when it gives no date:
   * lower is earlier ("au début de son parcours" → -1). Used to order a career path.
   */
  order?: number;
  confidence?: number;
}

export interface ExpansionFact {
  company: string;
  kind: ExpansionKind;
  place: string | null;
  partner: string | null;
  date: string | null;
  evidence: string;
  confidence?: number;
}

export interface Facts {
  id?: string;
  lang: Lang;
  roles: RoleFact[];
  expansions: ExpansionFact[];
}

/** What the extractor reads: one document's text plus what is known about it. */
export interface ExtractInput {
  text: string;
  /** When absent or 'auto', the extractor detects the language. */
  lang?: Lang | 'auto';
  /** Publication date (ISO, partial allowed): relative dates resolve against it. */
  published?: string | null;
}
