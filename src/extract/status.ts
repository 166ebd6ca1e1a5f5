/**
 * Status of a role (GUIDELINES): an explicit time word decides ("ex-", "ancien", "former",
 * "jusqu'ici", "was" → former; "actuellement", "currently", "is" → current); else a person
 * leaving, resigning or replaced is former at the job left; else current.
 */
import type { RoleStatus } from '../model/facts.js';
import type { SentenceView } from './analyze.js';
import { anyCueAt, APPOINT_VERBS, cueList, CURRENT_WORDS, FORMER_WORDS, LEAVE_AFTER, LEAVE_BEFORE } from './cues.js';
import type { PersonRef } from './refs.js';
import type { Token } from './tokens.js';

export interface StatusDecision {
  status: RoleStatus;
  source: 'cue' | 'departure' | 'date' | 'default';
}

const WINDOW = 8;
const REPORTS = new Set(['reports', 'report', 'reporting', 'reported', 'answers', 'answer', 'answering']);

/** Words that give a subject its post: what comes before them is another clause. */
const POST_GIVEN = cueList("as | comme | au poste de | en qualite de | en qualite d' | en tant que | en tant qu' | pour le poste de");
/** Verbs that give the post after an aside closes ("X, a former banker, became CEO"): the aside's time word is not the post's. */
const BECAME = cueList('became | went on to become');

/** The time word nearest before token `at` (within the clause), if any. */
/** Quote marks written as their own tokens ('…,' said X). */
const QUOTES = new Set(["'", '’', '‘', '“', '”']);

export function localCue(v: SentenceView, at: number, floor: number): RoleStatus | null {
  const t = v.tokens;
  for (let i = at - 1; i >= Math.max(floor, at - WINDOW); i--) {
    const tok = t[i];
    if (!tok) break;
    // A parenthesis closes someone's past ("(formerly of Stripe) as COO").
    // Quoted speech is someone else's clause ('"…were quick to sign up," said chief executive X').
    // A colon opens a clause of its own ("is changing its top lawyer: general counsel X…").
    if (tok.text === '.' || tok.text === ';' || tok.text === ':' || tok.text === ')' || tok.text === '"' || tok.text === '»' || tok.text === '«' || QUOTES.has(tok.text)) break;
    // "The deal was put together by CFO X": the verb before the agent is not the post's time.
    if (tok.f === 'by' || tok.f === 'par') break;
    // "X had been seen as the frontrunner alongside CFO Y": the time word is X's, not Y's.
    // "The results were the first under chief executive Y", "sous la houlette du PDG Y": the
    // verb is the results', and "under" tells Y's tenure ("under former CEO Y" is still read).
    if (tok.f === 'alongside' || tok.f === 'under' || tok.f === 'sous') break;
    // "X, formerly of Y, reports to CEO Z": the one reported to is someone else, now.
    if (tok.f === 'to' && REPORTS.has(t[i - 1]?.f ?? '')) break;
    // "Sources had told Reuters that Acme board member X…": the reporting verb is another clause.
    // (but "before that, a producer at X" is a time word)
    if (tok.f === 'that' && t[i - 1]?.f !== 'before' && t[i - 1]?.f !== 'after') break;
    // "X, formerly of Y, as T", "X, ex-Bayer, au poste de T": the aside before tells another job.
    if (tok.text === ',' && (anyCueAt(t, i + 1, POST_GIVEN) > 0 || anyCueAt(t, i + 1, BECAME) > 0)) break;
    // Words before the holder's name describe someone else's past ("hired former X banker Y as").
    const holder = v.cover[i];
    if (holder?.kind === 'PERSON') {
      // …unless the verb right before the name appoints them: "named X interim CFO".
      const j = holder.s - 1;
      return anyCueAt(t, j, APPOINT_VERBS) > 0 || anyCueAt(t, j, CURRENT_WORDS) > 0 ? 'current' : null;
    }
    // "Entré chez X en 1998 comme technicien, il…", "Y, entrée chez X en 2004 comme juriste,":
    // the post a dated entry gave is the start of a story told as past.
    if (datedEntry(t, i, at)) return 'former';
    // "s'est séparé de son directeur général": a reflexive perfect, not the copula "est".
    if (tok.f === 'est' && t[i - 1]?.f === "s'") continue;
    // Multi-token cues are tried from each start position, nearest first.
    // ("X, depuis longtemps directeur de Y": a stay still going on)
    const f = tok.f === 'longtemps' && t[i - 1]?.f === 'depuis' ? -1 : anyCueAt(t, i, FORMER_WORDS);
    // ("Cravath Legal said Dana Whitlow had joined the firm as a partner": reported news)
    if (f > 0 && f <= at && tok.f === 'had' && reportedNews(v, i)) return 'current';
    if (f > 0 && f <= at && !pastEmployerPhrase(v, f, at)) return 'former';
    const c = anyCueAt(t, i, CURRENT_WORDS);
    // "avait rejoint … comme", "had joined … as": a pluperfect tells of a past job.
    // "until now head of X", "up to now": the post held before the move.
    if (c > 0 && c <= at && tok.f === 'now' && (t[i - 1]?.f === 'until' || t[i - 1]?.f === 'till' || (t[i - 1]?.f === 'to' && t[i - 2]?.f === 'up'))) return 'former';
    // ("avait été nommée directrice de X en 2015": a pluperfect passive too)
    const aux = t[i - 1]?.f === 'ete' ? i - 2 : i - 1;
    if (c > 0 && c <= at) return t[aux]?.f === 'avait' || t[i - 1]?.f === 'had' || pluperfectBefore(v, i) || earlierStep(t, i) ? 'former' : 'current';
  }
  return null;
}

const ENTRY_PARTICIPLES = new Set(['entre', 'entree', 'arrive', 'arrivee']);
const ENTRY_AUX = new Set(['est', 'sont', 'a', 'ont', 'etait', 'sera', 'fut', 'avait', 'recemment', 'tout', 'fraichement', 'nouvellement']);

/** A bare participle of entering at i ("Entrée chez X en 2004 comme…"), a year between it and the title at `at`. */
function datedEntry(t: readonly Token[], i: number, at: number): boolean {
  const w = t[i];
  if (!w || !ENTRY_PARTICIPLES.has(w.f) || !/é(?:e|s|es)?$/.test(w.text.toLowerCase()) || ENTRY_AUX.has(t[i - 1]?.f ?? '')) return false;
  const link = t[i + 1]?.f;
  if (link !== 'chez' && link !== 'au' && link !== 'a' && link !== 'dans') return false;
  if (t[at - 1]?.f !== 'comme' && !(t[at - 2]?.f === 'comme' && (t[at - 1]?.f === 'un' || t[at - 1]?.f === 'une'))) return false;
  for (let k = i + 2; k < at; k++) if (/^(?:19|20)\d\d$/.test(t[k]?.f ?? '')) return true;
  return false;
}

/** Reporting verbs that put the news after them in the pluperfect ("Acme said X had joined as a partner"). */
const REPORTED = new Set(['said', 'announced', 'confirmed']);
/** Pluperfects of the news itself: "had joined", "had been appointed", "had hired". */
const NEWS_PARTICIPLES = new Set(['joined', 'appointed', 'named', 'hired', 'promoted', 'elected', 'recruited']);

/**
 * "Cravath Legal said (on Monday) (that) Dana Whitlow had joined the firm as a partner": a
 * pluperfect of joining right after a reporting verb is the news itself in reported speech, not an
 * earlier step — unless the clause dates it ("had joined in 2015", "years ago").
 */
function reportedNews(v: SentenceView, had: number): boolean {
  const t = v.tokens;
  const k = t[had + 1]?.f === 'been' ? had + 2 : had + 1;
  if (!NEWS_PARTICIPLES.has(t[k]?.f ?? '')) return false;
  let said = false;
  for (let j = had - 1; j >= Math.max(v.from, had - 10) && !said; j--) {
    if (t[j]?.text === ',' || t[j]?.text === ';' || t[j]?.text === '.') return false;
    said = REPORTED.has(t[j]?.f ?? '');
  }
  if (!said) return false;
  for (let j = k + 1; j < Math.min(t.length, k + 12); j++) if (/^(?:19|20)\d\d$/.test(t[j]?.text ?? '') || t[j]?.f === 'ago') return false;
  return true;
}

const OF = new Set(['de', "d'", 'du', 'des']);

/**
 * "a débuté chez X avant d'être nommé directeur Ouest d'Y": the appointment a career story
 * tells before the present one is an earlier step.
 */
function earlierStep(t: readonly Token[], i: number): boolean {
  return t[i - 1]?.f === 'etre' && t[i - 2]?.f === "d'" && t[i - 3]?.f === 'avant';
}

/**
 * "…, tous anciens de Doctolib, recrutent leur directeur financier": "anciens de X" tells where
 * someone worked; it is no time word for a title further on. True when the cue ending at `e`
 * is followed by "de" and a company that ends before the title.
 */
function pastEmployerPhrase(v: SentenceView, e: number, at: number): boolean {
  const t = v.tokens;
  if (!OF.has(t[e]?.f ?? '')) return false;
  const k = t[e + 1]?.f === 'la' || t[e + 1]?.f === 'le' || t[e + 1]?.f === "l'" ? e + 2 : e + 1;
  const m = v.cover[k];
  return !!m && m.s === k && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && m.e < at - 1;
}

const PAST_STAYS = new Set(['passe', 'travaille', 'fait', 'debute', 'commence', 'exerce', 'officie', 'occupe', 'pilote', 'dirige', 'gere', 'chapeaute', 'supervise', 'enchaine', 'gravi', 'roule', 'evolue', 'grandi']);
/** "il a ensuite gravi les échelons chez X": an adverb between the auxiliary and the participle. */
const STAY_ADVERBS = new Set(['ensuite', 'aussi', 'egalement', 'notamment', 'successivement', 'longtemps', 'deja']);

/** "Il avait débuté chez X, avant de rejoindre Y": "avant de" continues a story told in the past. */
function pluperfectBefore(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (t[i - 1]?.f !== 'de' || t[i - 2]?.f !== 'avant') return false;
  for (let k = v.from; k < i - 2; k++) {
    if (t[k]?.f === 'avait' || t[k]?.f === 'etait' || t[k]?.f === 'had') return true;
    // "elle a passé quinze ans chez X … avant de rejoindre Y comme T": a stay told in the past.
    if (t[k]?.f === 'a' && PAST_STAYS.has(t[STAY_ADVERBS.has(t[k + 1]?.f ?? '') ? k + 2 : k + 1]?.f ?? '')) return true;
  }
  return false;
}

/** Object pronouns written before a French verb ("la remplacer", "lui succéder"). */
const CLITICS = new Set(['la', 'le', 'les', "l'", 'lui', 'leur']);
const REPLACE_VERB = /^(?:rempla|succed)/;
/** Auxiliaries of a passive ("sera remplacé", "a été remplacée"). Folded. */
const PASSIVE_AUX = new Set(['est', 'sera', 'ete', 'sont', 'seront', 'etait', 'fut', 'serait']);

/** Where leaving cues sit in a sentence; computed once per sentence. */
export interface LeaveMarks {
  after: number[];
  before: number[];
  /** Where quoted speech opens after a colon ('X said: "…'). */
  quotes: number[];
}

const OPENING_QUOTES = new Set(['“', '"', '«']);

/** Leaving verbs in a past tense: what "after she left" tells is already over. */
const PAST_LEAVES = new Set(['left', 'leaving', 'quit', 'resigned', 'retired', 'departed', 'stepped', 'exited']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * "has rehired X as CTO, four years after he left to join Y", "since she quit": a leaving told in
 * a time clause is an earlier move, not the end of the post the sentence gives.
 */
export function earlierLeave(t: Token[], i: number): boolean {
  if (!PAST_LEAVES.has(t[i]?.f ?? '')) return false;
  const k = SUBJECT_PRONOUNS.has(t[i - 1]?.f ?? '') ? i - 2 : i - 1;
  return t[k]?.f === 'after' || t[k]?.f === 'since';
}

/** "…, four years after she left (Acme) to join Y": the move told in that clause is over too. */
export function inEarlierLeave(t: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    const x = t[k]?.text;
    if (x === ',' || x === ';' || x === '.') return false;
    if (earlierLeave(t, k)) return true;
  }
  return false;
}

/** Leaving participles written as an adjective ("the retiring chair"), after a determiner. Folded. */
const ATTRIBUTIVE_LEAVES = new Set(['retiring', 'departing', 'outgoing', 'exiting']);
const ATTRIBUTIVE_DETS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', "'s"]);

export function leaveMarks(v: SentenceView): LeaveMarks {
  const after: number[] = [];
  const before: number[] = [];
  const quotes: number[] = [];
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    // (the colon first: it is rare, and the set would otherwise be probed at every token)
    if (t[i - 1]?.text === ':' && OPENING_QUOTES.has(t[i]?.text ?? '')) quotes.push(i);
    // Not "the vacancy left by X": a passive names who left, not the subject.
    const left = anyCueAt(t, i, LEAVE_AFTER);
    // (not the French "le groupe se retire de Chine": a market left; "se retire de ses fonctions" is a cue of its own)
    // ("in place of the retiring Y", "its retiring chairman, Y": the participle describes who
    // follows it, as "replacing" does, not the subject before it)
    if (left > 0 && ATTRIBUTIVE_LEAVES.has(t[i]?.f ?? '') && ATTRIBUTIVE_DETS.has(t[i - 1]?.f ?? '')) before.push(i);
    else if (left > 0 && t[left]?.f !== 'by' && !earlierLeave(t, i) && !(t[i]?.f === 'retire' && t[i - 1]?.f === 'se')) after.push(i);
    const e = anyCueAt(t, i, LEAVE_BEFORE);
    // Not "remplacé par X" / "replaced by X": that X is the newcomer. Not "Pour la remplacer,
    // le groupe a recruté X": the one who leaves is the pronoun before the verb.
    // Not "Il sera remplacé, à compter du 1er mars, par X": a passive, whatever comes before its agent.
    if (e > 0 && t[e]?.f !== 'par' && t[e]?.f !== 'by' && !(CLITICS.has(t[i - 1]?.f ?? '') && REPLACE_VERB.test(t[i]?.f ?? '')) && !(PASSIVE_AUX.has(t[i - 1]?.f ?? '') && REPLACE_VERB.test(t[i]?.f ?? ''))) before.push(i);
  }
  return { after, before, quotes };
}

const COORDINATION_WORDS = new Set([',', 'and', 'et', 'its', 'their', 'both', 'the', "'s", 'respectively']);

/**
 * Are the subject ending at `e` and the person starting at `s` one coordinated subject: only
 * commas, "and", titles and owners' names between, with an "and" ("CFO X and COO Y are both
 * leaving", "X, its general counsel, and Y")?
 */
function coordinated(v: SentenceView, e: number, s: number): boolean {
  const t = v.tokens;
  let and = false;
  for (let k = e; k < s; k++) {
    const f = t[k]?.f ?? '';
    if (f === 'and' || f === 'et') and = true;
    if (COORDINATION_WORDS.has(f) || v.cover[k] !== undefined) continue;
    let titled = false;
    for (const x of v.titles) if (x.s <= k && k < x.e) titled = true;
    if (!titled) return false;
  }
  return and;
}

/** Does this person leave in this sentence, for a job named before `at`? */
export function leaves(marks: LeaveMarks, person: PersonRef, at: number, refs: PersonRef[], v?: SentenceView): boolean {
  // Subject leaving: "Gérard Lemonnier, président …, passe la main", "X, who retires".
  const from = Math.max(person.e, at);
  // Up to the next other person, named or not ("… when she retires": she is someone else),
  // past those joined to the subject by "and" ("X, its general counsel, and Y, its treasurer,
  // will leave": both leave).
  let stop = Infinity;
  for (const r of refs) {
    if (r.s < from || r.name === person.name) continue;
    if (v && coordinated(v, person.e, r.s)) continue;
    stop = r.s;
    break;
  }
  // ('Chair X said: "Y … leaves it stronger"': the speech the subject opens tells of someone else.)
  const quote = marks.quotes.find((q) => q >= from) ?? Infinity;
  if (marks.after.some((i) => i >= from && i < stop && i < quote)) return true;
  // Object leaving: "Elle remplace X", "replacing … X", "le départ de son PDG, X".
  let floor = -1;
  for (const r of refs) if (r.e <= person.s && r.name !== person.name) floor = r.e;
  return marks.before.some((i) => i >= floor && i < person.s);
}
