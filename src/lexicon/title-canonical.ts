/**
 * Canonical title and seniority from a title as written, FR or EN: "DG" and "directeur
 * général" → CEO; "PDG" → Chair & CEO; "DGA"/"directeur général délégué" → Deputy CEO…
 * Rules are tried in order on the folded title; the first that matches wins.
 */
import { fold } from './fold.js';

export interface CanonicalTitle {
  canonical: string;
  seniority: 'board' | 'c-level' | 'vp' | 'director' | 'head' | 'manager' | 'founder' | 'other';
}

const RULES: Array<[RegExp, string, CanonicalTitle['seniority']]> = [
  [/\b(?:president directeur general|presidente directrice generale|pdg|p dg|chairman and chief executive|chair and ceo)\b/, 'Chair & CEO', 'c-level'],
  [/\b(?:directeur general delegue|directrice generale deleguee|dga|deputy ceo|deputy chief executive)\b/, 'Deputy CEO', 'c-level'],
  [/\b(?:co ?fondat\w*|co ?founder)\b/, 'Co-founder', 'founder'],
  [/\b(?:fondat\w*|founder)\b/, 'Founder', 'founder'],
  [/\b(?:president du directoire|presidente du directoire)\b/, 'Chair of the Management Board', 'board'],
  [/\b(?:president du conseil de surveillance|presidente du conseil de surveillance)\b/, 'Chair of the Supervisory Board', 'board'],
  [/\b(?:membre du directoire|membre du conseil|board member|independent director|non executive director|administrat(?:eur|rice)s?)\b/, 'Board Member', 'board'],
  [/\b(?:chief executive|ceo|directeur general|directrice generale|dg)\b/, 'CEO', 'c-level'],
  [/\b(?:chief financial officer|cfo|directeur financier|directrice financiere|directeur administratif et financier|directrice administrative et financiere|daf|finance chief)\b/, 'CFO', 'c-level'],
  [/\b(?:chief operating officer|coo|directeur des operations|directrice des operations)\b/, 'COO', 'c-level'],
  [/\b(?:chief technology officer|cto|directeur technique|directrice technique)\b/, 'CTO', 'c-level'],
  [/\b(?:chief marketing officer|cmo|directeur marketing|directrice marketing)\b/, 'CMO', 'c-level'],
  [/\b(?:chief information officer|cio|dsi|directeur des systemes d information|directrice des systemes d information)\b/, 'CIO', 'c-level'],
  [/\b(?:chief human resources officer|chief people officer|chro|drh|directeur des ressources humaines|directrice des ressources humaines|hr director|human resources director)\b/, 'CHRO', 'c-level'],
  [/\b(?:general counsel|chief legal officer|clo|directeur juridique|directrice juridique)\b/, 'General Counsel', 'c-level'],
  [/\b(?:chief risk officer|cro|risk chief)\b/, 'CRO', 'c-level'],
  [/\b(?:chief commercial officer|cco|directeur commercial|directrice commerciale)\b/, 'CCO', 'c-level'],
  [/\bchief \w+(?: \w+)? officer\b/, 'Chief Officer', 'c-level'],
  [/\b(?:chairman|chairwoman|chairperson|chair)\b/, 'Chair', 'board'],
  [/\bcountry manager\b/, 'Country Manager', 'manager'],
  [/\b(?:managing director|md)\b/, 'Managing Director', 'director'],
  [/\bgeneral manager\b/, 'General Manager', 'manager'],
  [/\b(?:vice president|vice presidente|vp|svp|evp)\b/, 'Vice President', 'vp'],
  [/\b(?:president|presidente)\b/, 'President', 'board'],
  [/\bhead of emea\b/, 'Head of EMEA', 'head'],
  [/\b(?:head|responsable|chef)\b/, 'Head', 'head'],
  [/\b(?:directeur|directrice|director)\b/, 'Director', 'director'],
  [/\bmanager\b/, 'Manager', 'manager'],
];

// Titles repeat a lot across roles and documents: each is matched once (bounded memo).
let memo = new Map<string, Readonly<CanonicalTitle>>();

export function canonicalTitle(title: string): Readonly<CanonicalTitle> {
  const hit = memo.get(title);
  if (hit !== undefined) return hit;
  const out = matchTitle(title);
  if (memo.size >= 10_000) memo = new Map();
  memo.set(title, out);
  return out;
}

function matchTitle(title: string): CanonicalTitle {
  const f = fold(title).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ');
  for (const [re, canonical, seniority] of RULES) if (re.test(f)) return { canonical, seniority };
  return { canonical: title, seniority: 'other' };
}
