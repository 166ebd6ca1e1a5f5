/**
 * The property graph, as both stores hold it (DESIGN.md, "Data model").
 * Ids are stable and derived from folded keys, so the same article gives the same ids in
 * every store and tests can compare stores directly.
 */
export type CompanyKind = 'COMPANY' | 'AGENCY' | 'EXCHANGE' | 'MARKETPLACE' | 'OTHER';
export type PlaceKind = 'COUNTRY' | 'CITY' | 'REGION';
export type Status = 'CURRENT' | 'FORMER';
export type ExpansionKindG = 'OFFICE' | 'MARKET' | 'PARTNERSHIP' | 'IPO';

export interface PersonNode {
  id: string;
  name: string;
  key: string;
  /** Other spellings met in the texts, sorted, without the name itself. */
  aliases: string[];
  /** Folded forms of the name and of every alias, sorted: what name lookup matches. */
  aliasKeys: string[];
}

export interface CompanyNode {
  id: string;
  name: string;
  key: string;
  aliases: string[];
  aliasKeys: string[];
  kind: CompanyKind;
}

export interface PlaceNode {
  id: string;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
}

export interface SourceNode {
  /** sha256 (hex) of the normalized text: re-ingesting the same text is a no-op. */
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  lang: string;
  ingestedAt: string;
}

/** One piece of evidence: the sentence of a source that states a fact. */
export interface EvidenceRef {
  sourceId: string;
  sentence: string;
}

export interface RoleEdge {
  id: string;
  personId: string;
  companyId: string;
  title: string | null;
  titleCanonical: string | null;
  seniority: string | null;
  status: Status;
  start: string | null;
  end: string | null;
  placeId: string | null;
  /**
   * Position in the career when the text gives no date (lower is earlier). Kept as the
   * minimum over the sources that state the role.
   */
  order: number;
  /** Publication date of the source that last decided `status` ('' when unknown). */
  statusAsOf: string;
  sourceIds: string[];
  evidence: EvidenceRef[];
  confidence: number;
}

export interface ExpansionEdge {
  id: string;
  companyId: string;
  kind: ExpansionKindG;
  date: string | null;
  placeId: string | null;
  partnerId: string | null;
  sourceIds: string[];
  evidence: EvidenceRef[];
}

export interface SubsidiaryEdge {
  childId: string;
  parentId: string;
}

/**
 * Everything one document adds, already resolved to ids. A store writes it all or nothing.
 */
export interface DocumentGraph {
  source: SourceNode;
  persons: PersonNode[];
  companies: CompanyNode[];
  places: PlaceNode[];
  roles: RoleEdge[];
  expansions: ExpansionEdge[];
  subsidiaries: SubsidiaryEdge[];
}
