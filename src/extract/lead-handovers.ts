/**
 * The lead of a company handed over in words that name no title: "X succède à Y à la présidence
 * du directoire de Z", "X succeeds Y at the helm of Z", "Z a confié sa direction générale à X",
 * "Z a confié à X la direction générale". A leading phrase gives no title (GUIDELINES: title
 * null), so these are untitled posts: the newcomer holds the lead now and the one replaced held
 * it before, at the company the phrase names, or at the subject company for "sa"/"son".
 */
import type { SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { anyCueAt, cueList, findCue, RUMOUR } from './cues.js';
import { companyList } from './careers.js';
import { companyRefAt, isCompanyLike, lastRefBefore, refAt, type PersonRef } from './refs.js';
import { frontedCompany } from './passive.js';
import { HANDED_TO, pastKin, pastKinClose, SUCCEED, successorOf } from './successions.js';
import { COMPANY_REF_NOUNS, PUBLIC_BODIES } from '../lexicon/companies.js';

/** The lead itself, folded: "la tête", "la direction (générale)", "la présidence", "les rênes", "la barre", "les clés". */
const LEAD_NOUNS = new Set(['tete', 'direction', 'presidence', 'renes', 'commandes', 'barre', 'cles', 'helm', 'reins']);
// ("à la direction financière de Z": the lead of a function is told the same way)
const LEAD_KINDS = new Set(['generale', 'executive', 'financiere', 'commerciale', 'juridique', 'technique', 'operationnelle', 'industrielle', 'scientifique', 'medicale', 'artistique', 'editoriale', 'marketing']);
/** The board a presidency is of: "la présidence du directoire de Z". */
const BOARDS = cueList("du directoire | du conseil de surveillance | du conseil d' administration | du conseil");
const OF_WORDS = new Set(['de', 'du', "d'", 'of', 'at']);

const CLAUSE_ENDS = new Set(['.', ',', ';', ':', 'et', 'and']);

/**
 * After token k: "à la" / "at the" + a lead noun (+ kind, + board) + "de": the index past "de";
 * NO_COMPANY when the phrase ends the clause ("succède à Y à la présidence du directoire."),
 * else -1.
 */
const NO_COMPANY = 0;
function leadPhraseAt(v: SentenceView, k: number): number {
  const t = v.tokens;
  let j = k;
  if (t[j]?.f === 'a' || t[j]?.f === 'at') j++;
  else return -1;
  if (t[j]?.f === 'la' || t[j]?.f === 'les' || t[j]?.f === 'the') j++;
  else return -1;
  if (!LEAD_NOUNS.has(t[j]?.f ?? '')) return -1;
  j++;
  if (LEAD_KINDS.has(t[j]?.f ?? '')) j++;
  const board = anyCueAt(t, j, BOARDS);
  if (board > 0) j = board;
  if (j >= t.length || CLAUSE_ENDS.has(t[j]?.f ?? '')) return NO_COMPANY;
  return OF_WORDS.has(t[j]?.f ?? '') ? j + 1 : -1;
}

/** The company named at token j ("de Z", "du groupe" → the focus), or null. */
function companyAt(v: SentenceView, j: number, focus: string | null): string | null {
  const named = companyList(v, j)[0];
  if (named) return named.text;
  // "à la présidence du groupe": the fused article before the company's noun.
  if (v.tokens[j - 1]?.f === 'du' && COMPANY_REF_NOUNS.has(v.tokens[j]?.f ?? '') && !(v.tokens[j]?.cap ?? true)) return focus;
  // "du groupe", "of the company": fused "du" + noun, or a description of the company.
  const ref = v.tokens[j - 1]?.f === 'du' ? companyRefAt(v, j - 1) : companyRefAt(v, j);
  return ref > 0 ? focus : null;
}

/**
 * "X succède à Y à la tête de Z": X leads Z now, Y did before. Also tells careerRoles not to
 * read "à la tête de Z" as Y's current job (see `succeededBefore` in successions.ts).
 */
function succeededLead(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    const e = anyCueAt(t, i, SUCCEED);
    if (e < 0) continue;
    // ("succède à son père Bernard X à la présidence de Z": past the kin word)
    const replaced = refAt(refs, pastKin(v, e), true);
    if (!replaced) continue;
    const j = leadPhraseAt(v, pastKinClose(v, replaced));
    const led = j < 0 ? ledByReplaced(v, replaced.e, focus) : null;
    if (j < 0 && led === null) continue;
    // "Chez Z, c'est X qui succède à Y à la présidence": the company the sentence is about.
    const company = led ?? (j === NO_COMPANY ? subjectBefore(v, i, focus) : companyAt(v, j, focus));
    if (company === null) continue;
    // "serait pressenti pour succéder à Y": a rumour is no fact.
    if (findCue(t, RUMOUR, v.from, i) !== null) return out;
    const successor = successorOf(v, replaced, refs);
    if (successor) out.push(untitledPost(v.sent, successor, company, 'current', 'default'));
    // (the lead the one replaced held, "qui dirigeait Z", is read as their past by careers.ts)
    if (led === null) out.push({ ...untitledPost(v.sent, replaced, company, 'former', 'cue'), predecessor: true });
  }
  return out;
}

/** The past of leading, after the one replaced: "remplace Y, qui dirigeait Z depuis 2012". */
const LED_PAST = cueList("qui dirigeait | qui presidait | qui pilotait | qui codirigeait | qui etait a la tete de | qui etait a la tete du | qui etait aux commandes de");

/** "…Y, qui dirigeait Z": Z, the company the one replaced led; else null. */
function ledByReplaced(v: SentenceView, k: number, focus: string | null): string | null {
  if (v.tokens[k]?.text !== ',') return null;
  const e = anyCueAt(v.tokens, k + 1, LED_PAST);
  return e > 0 ? companyAt(v, e, focus) : null;
}

const ENTRUST_VERBS = cueList('confie | a confie | confiera | vient de confier | va confier | confient | ont confie | hands | has handed | handed');
const OWN = new Set(['sa', 'son', 'ses', 'its']);

/** The company a sentence is about before token `to`: its first company name, else the focus. */
function subjectBefore(v: SentenceView, to: number, focus: string | null): string | null {
  for (const m of v.mentions) {
    if (m.s >= to) break;
    if (isCompanyLike(m) && !PUBLIC_BODIES.test(m.text)) return m.text;
  }
  return focus;
}

/**
 * "Z a confié sa direction générale à X", "Z confie à X la présidence du directoire (du
 * groupe)": X leads Z now. The direction of one function ("sa direction financière") is a post
 * too, likewise untitled.
 */
function entrustedLead(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const t = v.tokens;
  const verb = findCue(t, ENTRUST_VERBS, v.from);
  if (!verb || findCue(t, RUMOUR, v.from, verb.s) !== null) return [];
  let k = verb.e;
  let person: PersonRef | undefined;
  let company: string | null = null;
  if (OWN.has(t[k]?.f ?? '') && LEAD_NOUNS.has(t[k + 1]?.f ?? '')) {
    // "sa direction (générale|financière…) (du directoire) à X"
    k += 2;
    while (k < verb.e + 6 && t[k] && t[k]?.f !== 'a' && t[k]?.f !== 'to' && t[k]?.word) k++;
    if (t[k]?.f !== 'a' && t[k]?.f !== 'to') return [];
    person = refAt(refs, k + 1, true);
    company = subjectBefore(v, verb.s, focus);
  } else if ((t[k]?.f === 'la' || t[k]?.f === 'les' || t[k]?.f === 'the') && LEAD_NOUNS.has(t[k + 1]?.f ?? '')) {
    // "Z confie la direction générale à X", "Z has handed the reins to X" (a company named after
    // "de" is careers.ts' entrusted)
    k += 2;
    if (LEAD_KINDS.has(t[k]?.f ?? '')) k++;
    const board = anyCueAt(t, k, BOARDS);
    if (board > 0) k = board;
    if (t[k]?.f !== 'a' && t[k]?.f !== 'to') return [];
    person = refAt(refs, k + 1, true);
    company = subjectBefore(v, verb.s, focus);
  } else if (t[k]?.f === 'a') {
    // "à X la direction générale (de Z | du groupe)"
    person = refAt(refs, k + 1, true);
    if (!person) return [];
    k = person.e;
    if (t[k]?.f !== 'la' && t[k]?.f !== 'les') return [];
    if (!LEAD_NOUNS.has(t[k + 1]?.f ?? '')) return [];
    let j = k + 2;
    while (j < k + 6 && t[j]?.word && !OF_WORDS.has(t[j]?.f ?? '')) j++;
    const board = anyCueAt(t, j, BOARDS);
    if (board > 0) j = board;
    company = OF_WORDS.has(t[j]?.f ?? '') ? companyAt(v, j + 1, focus) : null;
    company ??= subjectBefore(v, verb.s, focus);
  }
  if (!person || company === null || company === person.name) return [];
  // ('default', not 'cue': the post is the company's lead, so "Elle remplace Y" next finds its company)
  return [untitledPost(v.sent, person, company, 'current', 'default')];
}

/** "à la tête de Z", "aux commandes de Z" before token `to`: Z, or null. */
function leadBefore(v: SentenceView, to: number): string | null {
  const t = v.tokens;
  for (let k = v.from; k < to; k++) {
    if (!LEAD_NOUNS.has(t[k]?.f ?? '')) continue;
    const of = LEAD_KINDS.has(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
    if (!OF_WORDS.has(t[of]?.f ?? '') || t[of]?.f === 'at') continue;
    const named = companyList(v, of + 1)[0];
    if (named && named.e <= to) return named.text;
  }
  return null;
}

/** The focus, for a sentence that names no firm at all ("Il cède la direction générale à Y"). */
function unnamedFirm(v: SentenceView, focus: string | null): string | null {
  for (const m of v.mentions) if (isCompanyLike(m)) return null;
  return focus;
}

/** A lead handed by its holder, the lead named before the newcomer: "cède la présidence de Z à Y". */
/** Leaving a lead hands it only with "au profit de Y" ("quitte la présidence de Z à 70 ans" hands nothing). */
const LEAVING_LEAD = 'abandonne | abandonnera | a abandonne | va abandonner | quitte | quittera | a quitte | va quitter';
const HANDS_LEAD = cueList(`
cede | cedera | a cede | va ceder | transmet | transmettra | a transmis | va transmettre | passe | passera | a passe | va passer
laisse | laissera | a laisse | va laisser | remet | remettra | a remis | va remettre
${LEAVING_LEAD}
`);
const LEAVES_LEAD = cueList(LEAVING_LEAD);

// (Plain helpers, not arrow functions in handedLead's per-token loop: a closure over the loop's
// variables makes V8 allocate their context at every token.)

/** "cède sa place à Y", "à sa fille, Y": the named person right at `handed`, or after a comma within four tokens. */
function handedToRef(t: SentenceView['tokens'], refs: readonly PersonRef[], handed: number): PersonRef | undefined {
  for (const r of refs) if (r.named && r.s >= handed && r.s <= handed + 4 && (r.s === handed || t[r.s - 1]?.text === ',')) return r;
  return undefined;
}

/** The first named person within four tokens after `a`. */
function namedRefAfter(refs: readonly PersonRef[], a: number): PersonRef | undefined {
  for (const r of refs) if (r.named && r.s > a && r.s <= a + 4) return r;
  return undefined;
}

/**
 * "X cède sa place à Y à la tête de Z", "X passe le relais à Y à la direction générale de Z"
 * (the lead after the newcomer), "X cède la présidence de Z à Y", "X transmet les rênes de Z à
 * Y" (the lead before): Y leads Z now, X did before. Both untitled (a lead names no title).
 */
function handedLead(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (t[i]?.cues === null) continue;
    const handed = anyCueAt(t, i, HANDED_TO);
    let next: PersonRef | undefined;
    let company: string | null = null;
    if (handed > 0) {
      // "cède sa place à sa fille, Y": a relative's description before the name.
      next = handedToRef(t, refs, handed);
      if (!next) continue;
      const j = leadPhraseAt(v, next.e);
      // "Après vingt ans à la tête de Z, X cède sa place à Y": the lead told before; "Chez Z,
      // X laisse les rênes à Y": the company the sentence opens on.
      company = j > 0 ? companyAt(v, j, focus) : j === NO_COMPANY ? null : leadBefore(v, i) ?? frontedCompany(v);
    } else {
      const e = anyCueAt(t, i, HANDS_LEAD);
      if (e < 0 || (t[e]?.f !== 'la' && t[e]?.f !== 'les') || !LEAD_NOUNS.has(t[e + 1]?.f ?? '')) continue;
      let k = e + 2;
      while (k < e + 4 && t[k]?.word && !t[k]?.cap && !OF_WORDS.has(t[k]?.f ?? '') && t[k]?.f !== 'a') k++;
      const board = anyCueAt(t, k, BOARDS);
      if (board > 0) k = board;
      // "Il cède la direction générale à Y": the lead of the firm the text is about, when the
      // sentence names none.
      // (a pronoun subject only: a named one, "Son fondateur, X, cède…", is read by the title rules)
      const own = t[k]?.text === 'à' && anyCueAt(t, i, LEAVES_LEAD) < 0 && lastRefBefore(refs, i)?.named === false ? unnamedFirm(v, focus) : null;
      if (own !== null) {
        company = own;
        next = namedRefAfter(refs, k);
      } else {
        if (!OF_WORDS.has(t[k]?.f ?? '')) continue;
        const named = companyList(v, k + 1)[0];
        if (!named) continue;
        company = named.text;
        let a = named.e;
        if (t[a]?.text === ',') a++;
        // "X abandonne la présidence de Z au profit de Y": the lead handed through its leaving.
        const onBehalf = t[a]?.f === 'au' && t[a + 1]?.f === 'profit' && (t[a + 2]?.f === 'de' || t[a + 2]?.f === "d'");
        if (onBehalf) a += 2;
        else if (t[a]?.text !== 'à' || anyCueAt(t, i, LEAVES_LEAD) > 0) continue;
        next = namedRefAfter(refs, a);
      }
    }
    const left = lastRefBefore(refs, i);
    if (!next || !left || company === null || left.name === next.name || findCue(t, RUMOUR, v.from, i) !== null) continue;
    return [untitledPost(v.sent, next, company, 'current', 'default'), { ...untitledPost(v.sent, left, company, 'former', 'cue'), predecessor: true }];
  }
  return [];
}

/** Handing a whole firm on: "is handing Orvel Joinery to her son", "handed the business to his daughter". */
const HANDS_FIRM = cueList('is handing | will hand | handed | hands | has handed | had handed | is handing over | handed over | hands over | will hand over | has handed over | is passing | will pass | passed | has passed | had passed | is passing on | passed on');
/** Who a firm is handed to: a relative, a successor, or a named person. Folded. */
const HEIRS = new Set(['son', 'daughter', 'sons', 'daughters', 'children', 'nephew', 'niece', 'grandson', 'granddaughter', 'brother', 'sister', 'successor', 'family', 'wife', 'husband', 'heir']);

/**
 * "After 34 years in charge, X is handing Orvel Joinery to her son", "when he handed the business
 * to his daughter": the one who hands the firm on held it before (untitled, former); a person
 * named right after "to" holds it now.
 */
function handedFirm(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (t[i]?.cues === null) continue;
    const e = anyCueAt(t, i, HANDS_FIRM);
    if (e < 0) continue;
    let company: string | null = null;
    let to = -1;
    const named = companyList(v, e)[0];
    if (named && named.s <= e + 1) {
      company = named.text;
      to = named.e;
    } else {
      // ("the business", "the family firm", "the company": the firm the text is about)
      const ref = companyRefAt(v, e);
      if (ref > 0 && !isCompanyLike(v.cover[ref])) {
        company = focus;
        to = ref;
      }
    }
    if (company === null || t[to]?.f !== 'to') continue;
    const owner = t[to + 1]?.f ?? '';
    const next = refs.find((r) => r.named && r.s === to + 1);
    if (!next && !((owner === 'his' || owner === 'her' || owner === 'their') && HEIRS.has(t[to + 2]?.f ?? ''))) continue;
    const left = lastRefBefore(refs, i);
    if (!left || left.name === next?.name || findCue(t, RUMOUR, v.from, i) !== null) continue;
    const out = [{ ...untitledPost(v.sent, left, company, 'former', 'cue'), predecessor: true }];
    if (next) out.push(untitledPost(v.sent, next, company, 'current', 'default'));
    return out;
  }
  return [];
}

export function leadHandovers(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const out = succeededLead(v, refs, focus);
  for (const c of handedFirm(v, refs, focus)) out.push(c);
  for (const c of handedLead(v, refs, focus)) out.push(c);
  for (const c of entrustedLead(v, refs, focus)) out.push(c);
  return out;
}
