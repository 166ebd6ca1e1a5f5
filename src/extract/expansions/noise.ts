/**
 * Noise blocks: sentences that state no expansion (plans, talks, places weighed or rejected)
 * and tokens that belong to a job title ("directeur du développement international") rather
 * than to an expansion cue.
 */
import type { SentenceView } from '../analyze.js';
import { findCue, startsCue, wordList } from '../cues.js';
import { BLOCKERS, FIRM_AFTER_WOULD, FORWARD_BLOCKERS, NOT_CONDITIONAL, REPORTING } from './cues.js';

/**
 * "would open" is a plan, "said (on Tuesday) it would open" a firm statement, also after a
 * first fact ("said it had launched in Ghana and would open an office in Nairobi"). Returns
 * where the plan starts: the sentence's start (v.from) when the "would" is no report, the
 * reporting verb when what it reports is no opening ("X, which runs a venture with Y, said the
 * hire would help": what was said before the verb stands), else -1.
 */
function wouldPlanAt(v: SentenceView): number {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (t[i]?.f !== 'would') continue;
    let reported = -1;
    for (let k = i - 1; k >= v.from && reported < 0; k--) {
      if (t[k]?.f === ';' || t[k]?.f === ':') break;
      if (REPORTING.has(t[k]?.f ?? '') && (k >= i - 6 || reportsAll(v, k, i))) reported = k;
    }
    // "will enter Peru in May, with a depot in Lima, and would then add…": a
    // "would" clause linked after the first states its own plan; what came before stands.
    if (reported < 0) return (t[i - 1]?.f === 'and' || t[i - 1]?.f === 'et') && i - 1 > v.from ? i - 1 : v.from;
    if (!FIRM_AFTER_WOULD.has(t[i + 1]?.f ?? '')) return reported;
  }
  return -1;
}

/** Between the reporting verb at k and the "would" at i, only its own clauses: no second subject after a comma. */
function reportsAll(v: SentenceView, k: number, i: number): boolean {
  for (let j = k + 1; j < i; j++) if (v.tokens[j]?.text === ',' || v.tokens[j]?.f === 'but' || v.tokens[j]?.f === 'mais') return false;
  return true;
}

/** A French conditional ("ouvrirait", "se lancerait", "s'implanteraient"): reported or planned, not done. */
function conditional(v: SentenceView): boolean {
  for (let i = v.from; i < v.tokens.length; i++) {
    const f = v.tokens[i]?.f ?? '';
    // "nous pourrions ouvrir", "nous ouvririons": the first person plural too.
    if (f.length >= 7 && (f.endsWith('rait') || f.endsWith('raient') || (f.length >= 9 && f.endsWith('rions'))) && !NOT_CONDITIONAL.has(f)) return true;
  }
  return false;
}

/** "compte (aussi) s'implanter à Dakar", "compte ouvrir un bureau": "compter" with an infinitive is an intention. */
const INTEND_VERBS = wordList(['compte', 'comptent', 'comptait', 'comptaient', 'comptera']);
const INTEND_ADVERBS = new Set(['aussi', 'egalement', 'desormais', 'bien', 'deja', 'ensuite', 'maintenant', 'encore']);
const INFINITIVE_RE = /^(?:s'|se|[a-z\u00e0-\u00ff]{2,}(?:er|ir|re))$/;

function intentionAt(v: SentenceView): number {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (!startsCue(t[i], INTEND_VERBS)) continue;
    let k = i + 1;
    while (INTEND_ADVERBS.has(t[k]?.f ?? '')) k++;
    const next = t[k];
    if (next?.word && !next.cap && !v.cover[k] && INFINITIVE_RE.test(next.f)) return i;
  }
  return -1;
}

const RELATIVES = new Set(['which', 'who', 'qui', 'dont']);
const PLAN_VERBS_FR = new Set(['prevoit', 'prevoient', 'prevoyait', 'projette', 'projettent']);
/** Infinitives of entering, opening, listing or allying: after "prévoit de" they plan an expansion. */
const ENTRY_INFINITIVES = new Set('implanter installer lancer ouvrir etendre entrer inaugurer creer introduire coter deployer conquerir arriver debarquer commercialiser vendre exporter associer allier nouer signer developper renforcer poser attaquer doter demenager'.split(' '));
const PLAN_FILLERS = new Set(["s'", 'se', "y", 'aussi', 'egalement', 'ensuite', 'desormais', 'notamment', 'bientot', 'rapidement']);

/** "(prévoit de) s'implanter", "(prévoit d')ouvrir", "(prévoit d')y ouvrir": an infinitive of entry from token k. */
function plannedEntry(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  while (k < t.length && PLAN_FILLERS.has(t[k]?.f ?? '')) k++;
  return ENTRY_INFINITIVES.has(t[k]?.f ?? '');
}

/** The relative clause ", which … ," around token i, as [start, end), or null. */
function relativeClause(v: SentenceView, i: number): [number, number] | null {
  const t = v.tokens;
  let s = -1;
  for (let k = i; k > v.from; k--) {
    if (t[k]?.text === ',' || t[k]?.f === '.' || t[k]?.f === ';') return null;
    if (RELATIVES.has(t[k]?.f ?? '') && t[k - 1]?.text === ',') {
      s = k;
      break;
    }
  }
  if (s < 0) return null;
  for (let e = i + 1; e < t.length; e++) if (t[e]?.text === ',') return [s, e];
  return null;
}

const CLAUSE_LINKS = new Set(['and', 'but', 'while', 'whereas', 'et', 'mais', 'tandis']);
const LINKED_DETS = new Set(['the', 'a', 'an', 'its', 'le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses']);
/** Words that open a clause of their own right after "and"/"et": "and has not…", "et n'a pas…". */
const CLAUSE_OPENERS = new Set(["n'", 'ne', 'has', 'have', 'is', 'was', 'will', 'does', 'did', 'said', 'says']);

/**
 * Whether token k links a new clause: a link word followed by a verb, not by a name or a
 * determiner ("Siemens and Fortum", "and the Netherlands"): ", and said it would enter…".
 */
export function clauseLinkAt(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  return CLAUSE_LINKS.has(v.tokens[k]?.f ?? '') && !!next?.word && !next.cap && !v.cover[k + 1] && !LINKED_DETS.has(next.f);
}

/**
 * The start of the linked clause holding the hesitation at token i ("… in March and has not
 * excluded a listing", "… et n'a pas l'intention…"), or -1.
 */
function linkedClauseStart(v: SentenceView, i: number): number {
  const t = v.tokens;
  for (let k = i - 1; k > v.from + 2; k--) {
    const f = t[k]?.f ?? '';
    if (f === ';' || f === ':') return -1;
    // "studied and rejected" is one verb phrase: the link must open a clause of its own.
    if (clauseLinkAt(v, k) && (k + 1 < i || CLAUSE_OPENERS.has(t[i]?.f ?? ''))) return k;
  }
  return -1;
}

/** Participles that open an aside stating what the company is: "La société, cotée sur Euronext Growth depuis 2019, envisage…". */
const STATE_ASIDES = new Set(['cote', 'cotee', 'cotes', 'cotees', 'listed', 'present', 'presente', 'presents', 'presentes']);

/**
 * A relative clause (", which … ,", ", qui … ,") or a stating aside (", coté sur X depuis
 * 2018,") wholly before token i: what it says is stated, not weighed.
 */
function relativeBefore(v: SentenceView, i: number): [number, number] | null {
  const t = v.tokens;
  for (let k = v.from + 1; k < i; k++) {
    if ((!RELATIVES.has(t[k]?.f ?? '') && !STATE_ASIDES.has(t[k]?.f ?? '')) || t[k - 1]?.text !== ',') continue;
    for (let e = k + 1; e < i; e++) if (t[e]?.text === ',') return [k, e];
    return null;
  }
  return null;
}

/**
 * The tokens where no expansion may start: the whole sentence when it states a plan, talks or
 * a rejected place; only the aside when a relative clause does ("Klarvo, which is considering
 * a listing in Oslo, opened an office in Sydney"); only the linked clause that does ("signed a
 * deal with X and has not ruled out a listing in Oslo"); all but an earlier relative clause
 * that states a fact ("The chain, which already operates in Poland, looked at Chicago").
 */
export function blockedSpans(v: SentenceView): Array<[number, number]> | 'all' {
  const would = wouldPlanAt(v);
  if (would === v.from || conditional(v)) return 'all';
  const spans: Array<[number, number]> = [];
  if (would > v.from) spans.push([would, v.tokens.length]);
  let plan = findCue(v.tokens, FORWARD_BLOCKERS, v.from);
  // "prévoit une nouvelle usine", "prévoit de s'implanter en Allemagne", "prévoit d'ouvrir un
  // bureau" are plans; "prévoit de recruter 40 ingénieurs" plans no place, so what the sentence
  // states around it stands ("ouvre une agence à Nantes et prévoit d'y recruter…").
  while (plan && PLAN_VERBS_FR.has(v.tokens[plan.s]?.f ?? '') && ['de', "d'"].includes(v.tokens[plan.e]?.f ?? '') && !plannedEntry(v, plan.e + 1)) plan = findCue(v.tokens, FORWARD_BLOCKERS, plan.e);
  if (plan) spans.push(PLAN_VERBS_FR.has(v.tokens[plan.s]?.f ?? '') ? (relativeClause(v, plan.s) ?? [plan.s, v.tokens.length]) : [ENTER_VERBS.has(v.tokens[plan.e]?.f ?? '') ? plannedPlacesStart(v, plan.s) : plan.s, v.tokens.length]);
  const intent = intentionAt(v);
  if (intent >= 0) spans.push([intent, v.tokens.length]);
  for (let from = v.from; ; ) {
    const hit = findCue(v.tokens, BLOCKERS, from);
    if (!hit) return spans;
    const clause = relativeClause(v, hit.s);
    if (clause) {
      spans.push(clause);
      from = clause[1];
      continue;
    }
    const linked = linkedClauseStart(v, hit.s);
    if (linked >= 0) {
      spans.push([linked, v.tokens.length]);
      return spans;
    }
    const stated = relativeBefore(v, hit.s);
    if (!stated) return 'all';
    spans.push([v.from, stated[0]], [stated[1], v.tokens.length]);
    return spans;
  }
}

const PLAN_RELATIVES = new Set(['which']);
/** What a plan does with the places before it: "which it plans to enter" (not "to use as a base"). */
const ENTER_VERBS = new Set(['enter', 'launch', 'expand', 'roll', 'reach', 'add', 'serve', 'open']);
const PLAN_SUBJECTS = new Set(['it', 'they', 'the', 'company', 'group', 'firm']);
const PLACE_LIST_LINKS = new Set([',', 'and', 'or']);
const CLAUSE_BOUNDS = new Set([',', ';', ':', 'and', 'but']);

/**
 * "its expansion into Korea and Japan, which it plans to enter next year": the places a plan's
 * relative clause looks back to are planned too, so the plan starts at the clause holding them.
 * Else the plan starts where its cue does (at token s).
 */
function plannedPlacesStart(v: SentenceView, s: number): number {
  const t = v.tokens;
  let k = s - 1;
  while (k > v.from && PLAN_SUBJECTS.has(t[k]?.f ?? '')) k--;
  if (!PLAN_RELATIVES.has(t[k]?.f ?? '') || t[k - 1]?.text !== ',') return s;
  k -= 2;
  const last = v.cover[k];
  if (last?.kind !== 'PLACE' || last.e !== k + 1) return s;
  k = last.s - 1;
  for (;;) {
    const m = v.cover[k - 1];
    if (PLACE_LIST_LINKS.has(t[k]?.f ?? '') && m?.kind === 'PLACE' && m.e === k) k = m.s - 1;
    else break;
  }
  while (k > v.from && !CLAUSE_BOUNDS.has(t[k]?.f ?? '')) k--;
  return k > v.from ? k : v.from;
}

export function isBlocked(v: SentenceView): boolean {
  return blockedSpans(v) === 'all';
}

export function inTitle(v: SentenceView, i: number): boolean {
  // (A loop, not `some` with a closure over i: see startsCue.)
  for (const t of v.titles) if (i >= t.s && i < t.e) return true;
  return false;
}
