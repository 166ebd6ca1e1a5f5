import type { ExpansionFact, Facts, Lang, RoleFact } from '../../src/model/facts.js';
import { parseGoldLine } from '../../src/eval/index.js';
import type { GoldPassage } from '../../src/eval/index.js';

/** Hand-written gold lines in the dev-set format (invented names, not dev-set lines). */
export const LINES = [
  '{"id": "t-fr-1", "lang": "fr", "text": "Ancienne directrice financière de Quento SA, Mathilde Ravel-Ondine devient PDG de Brisemer. Brisemer ouvrira un bureau à Lisbonne.", "published": "2023-02-01", "roles": [{"person": "Mathilde Ravel-Ondine", "company": "Quento SA", "title": "directrice financière", "status": "former"}, {"person": "Mathilde Ravel-Ondine", "company": "Brisemer", "title": "PDG", "status": "current"}], "expansions": [{"company": "Brisemer", "place": "Lisbonne", "kind": "office"}]}',
  '{"id": "t-en-1", "lang": "en", "text": "Tolvaro Group named Owen Pritchard-Vale chief executive. Tolvaro and Kestrel Bank formed a partnership.", "roles": [{"person": "Owen Pritchard-Vale", "company": "Tolvaro Group", "title": "chief executive", "status": "current"}], "expansions": [{"company": "Tolvaro Group", "place": null, "kind": "partnership"}, {"company": "Kestrel Bank", "place": null, "kind": "partnership"}]}',
  '{"id": "t-en-2", "lang": "en", "title": "Markets wrap", "text": "Shares rose on Tuesday.", "published": null, "roles": [], "expansions": []}',
] as const;

export const gold = (i: 0 | 1 | 2): GoldPassage => parseGoldLine(LINES[i], i + 1);

export function role(person: string, company: string, status: RoleFact['status'], title: string | null = null): RoleFact {
  return { person, company, title, status, start: null, end: null, place: null, evidence: '' };
}

export function expansion(
  company: string,
  kind: ExpansionFact['kind'],
  place: string | null = null,
  partner: string | null = null,
): ExpansionFact {
  return { company, kind, place, partner, date: null, evidence: '' };
}

export function facts(lang: Lang, roles: RoleFact[] = [], expansions: ExpansionFact[] = []): Facts {
  return { lang, roles, expansions };
}

/** The gold itself, written as a prediction. */
export function echo(g: GoldPassage): Facts {
  return facts(
    g.lang,
    g.roles.map((r) => role(r.person, r.company, r.status, r.title)),
    g.expansions.map((e) => expansion(e.company, e.kind, e.place)),
  );
}
