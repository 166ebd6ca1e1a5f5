/**
 * A post announced before its holder is named: "Le CHU de X a une nouvelle directrice
 * générale. Anne Y, 54 ans, …", "Brightpane has named its first chief technology officer. Amara
 * Z was…", "Le club a trouvé son directeur général. Paul W…". The sentence names the post with a
 * possessive or an indefinite article and no person; the first person named at the start of the
 * next sentence holds it, at the company the first sentence is about, from now on. A post lost
 * ("Le studio Velm perd son directeur artistique. Paul W rejoint…") was held by that person.
 */
import type { DocView, SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { APPOINT_VERBS, cueList, findCue, RUMOUR } from './cues.js';
import { chooseCompany } from './employers.js';
import type { Mention } from './mentions.js';
import { isCompanyLike, type PersonRef } from './refs.js';

export interface Announced {
  sentence: number;
  title: string;
  company: string;
  founder: boolean;
  status: 'current' | 'former';
}

const OPENERS = new Set(['son', 'sa', 'its', 'their', 'un', 'une', 'a', 'an']);
/** A post filled, not sought: "a trouvé", "a une nouvelle", "se dote d'un", "has found". */
const FILLED = cueList("a trouve | ont trouve | a une nouvelle | a un nouveau | ont une nouvelle | ont un nouveau | se dote | s' est dote | s' offre | s' est offert | s' est offre | has found | has a new | have a new | gets a new");
/** A post lost: "perd son directeur créatif", "voit partir sa directrice générale". */
const LOST = cueList("perd | a perdu | vient de perdre | voit partir | se separe de | s' est separe de | s' est separee de | loses | has lost");
const PLACE_PREPS = new Set(['à', 'À', 'en', 'in']);
const SKIP = new Set(['nouveau', 'nouvel', 'nouvelle', 'new', 'first', 'premier', 'premiere', 'permanent', 'futur', 'future']);

/** The post a sentence without any person announces, or null. */
export function announcedPost(v: SentenceView, refs: PersonRef[], doc: DocView, consumed: Map<Mention, string | null>): Announced | null {
  if (refs.length > 0 || v.titles.length !== 1) return null;
  const title = v.titles[0];
  if (!title) return null;
  const t = v.tokens;
  let j = title.s - 1;
  while (j >= v.from && SKIP.has(t[j]?.f ?? '')) j--;
  if (!OPENERS.has(t[j]?.f ?? '')) return null;
  // The post ends the clause: "…a trouvé son directeur général." (not "son DG a déclaré…").
  const after = t[title.e];
  if (after && after.word) return null;
  if (findCue(t, RUMOUR, v.from, t.length)) return null;
  const lost = findCue(t, LOST, v.from, title.s) !== null;
  if (!lost && !(findCue(t, APPOINT_VERBS, v.from, title.s) || findCue(t, FILLED, v.from, title.s))) return null;
  // The company the sentence is about: its first name (not "à Lyon"), else the usual choice.
  const subject = v.mentions.find((m) => m.s < title.s && isCompanyLike(m) && !(m.kind === 'UNKNOWN' && PLACE_PREPS.has(t[m.s - 1]?.text ?? '')));
  const company = subject?.text ?? chooseCompany(v, title, { s: title.s, e: title.s, name: '', named: false }, doc, consumed)?.name;
  if (!company) return null;
  return { sentence: v.sent.index, title: title.text, company, founder: title.founder, status: lost ? 'former' : 'current' };
}

/** The holder of a post announced in the sentence before: the first person, opening this one. */
export function announcedHolder(v: SentenceView, refs: PersonRef[], post: Announced | null, here: RoleCandidate[]): RoleCandidate | null {
  if (!post || post.sentence !== v.sent.index - 1) return null;
  const first = refs[0];
  if (!first || !first.named || findCue(v.tokens, RUMOUR, v.from, v.tokens.length)) return null;
  // "Ancien vice-président de X, Paul Y rejoint…": only a fronted clause may come before the name.
  for (let i = v.from; i < first.s; i++) if (v.cover[i]?.kind === 'PERSON') return null;
  if (here.some((c) => c.fact.person === first.name && c.fact.status === post.status && c.fact.company === post.company)) return null;
  return {
    fact: { person: first.name, company: post.company, title: post.title, status: post.status, start: null, end: null, place: null, evidence: v.sent.text },
    statusSource: post.status === 'former' ? 'departure' : 'default',
    founder: post.founder,
    predecessor: false,
    untitledPost: false,
    sentence: v.sent.index,
    pos: first.s,
    added: false,
  };
}
