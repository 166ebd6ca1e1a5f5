/**
 * The extractor: article text → Facts (DESIGN.md). Pure and deterministic; the rules
 * backend is the default, and a model-based backend can implement ExtractorBackend later.
 */
import { intervieweeOf } from './interviews.js';
import type { ExtractInput, Facts, Lang } from '../model/facts.js';
import { fold } from '../lexicon/fold.js';
import { canonicalTitle } from '../lexicon/title-canonical.js';
import { GRANDES_ECOLES, PUBLIC_BODIES } from '../lexicon/companies.js';
import { anyCueAt, cueList, findCue, PAST_STORY } from './cues.js';
import { analyze, type DocView, type SentenceView } from './analyze.js';
import { announcedHolder, announcedPost, type Announced } from './announced.js';
import { departedRoles } from './departures.js';
import { untitledRoles } from './untitled.js';
import { teamMoves } from './teams.js';
import { sharedPosts } from './shared-posts.js';
import { teamHireIn, teamMembers, type TeamHire } from './team-hires.js';
import { boardSeatAfter, isBoardTitle } from './board.js';
import { passiveSuccessors } from './passive.js';
import { mergeExpansions, mergeRoles } from './assemble.js';
import type { RoleCandidate } from './candidates.js';
import { careerRoles, joinedLater, joinedThen } from './careers.js';
import { leadHandovers } from './lead-handovers.js';
import { expansionsOf } from './expansions.js';
import { detectLanguage } from './language.js';
import type { Mention } from './mentions.js';
import { normalize } from './normalize.js';
import { genderOf, personRefs, type PersonMemo } from './refs.js';
import { titledRoles, type RoleState } from './roles.js';
import { append } from './append.js';
import { splitSentences } from './sentences.js';
import { predecessorRoles, successionsIn, successorRoles } from './successions.js';
import type { ExpansionFact } from '../model/facts.js';

export { normalize } from './normalize.js';
export { detectLanguage } from './language.js';
export { splitSentences, type Sentence } from './sentences.js';

export interface ExtractorBackend {
  name: string;
  extract(input: ExtractInput): Facts;
}

const STILL_HELD = cueList("currently | actuellement | still | toujours | l' actuel | l' actuelle");

const BYLINE_WORDS = new Set(['par', 'by', 'reporting', 'editing', 'de', 'and', 'et', ',', ';', '(', ')']);

/** "Par Odile Pirandelli", "By Jane Doe": a byline names the writer, who is no one the story is about. */
function isByline(v: SentenceView): boolean {
  const t = v.tokens;
  const first = t[v.from]?.f;
  if (first !== 'par' && first !== 'by' && first !== 'reporting') return false;
  let named = false;
  for (let i = v.from; i < t.length; i++) {
    const m = v.cover[i];
    if (m?.kind === 'PERSON') {
      named = true;
      i = m.e - 1;
    } else if (!BYLINE_WORDS.has(t[i]?.f ?? '') && t[i]?.text !== '.') return false;
  }
  return named;
}

/**
 * "X est nommée DAF de Velcor. Passée par EY, elle a ensuite occupé les fonctions de
 * directrice du contrôle de gestion chez Orvel": once someone has taken a new job, a title at
 * another employer told after a past tense or a career opener is a past one.
 */
function pastStoryElsewhere(v: SentenceView, here: RoleCandidate[], appointed: ReadonlyMap<string, string>): void {
  let story: number | undefined;
  for (const c of here) {
    if (c.fact.status !== 'current' || c.statusSource !== 'default' || c.fact.title === null || c.founder) continue;
    const at = appointed.get(c.fact.person);
    if (at === undefined || at === c.fact.company || at.startsWith(`${c.fact.company} `) || c.fact.company.startsWith(`${at} `)) continue;
    story ??= findCue(v.tokens, PAST_STORY, v.from)?.e ?? Infinity;
    if ((story <= c.pos && sameClause(v, story, c.pos) && !findCue(v.tokens, STILL_HELD, Math.max(v.from, c.pos - 3), c.pos)) || frontedSince(v, c.pos)) c.fact.status = 'former';
  }
}

/**
 * "Numéro deux de Velcor depuis 2019, elle …": a title opening the sentence with its span, in
 * apposition to the subject; told of someone hired elsewhere, it is the post being left (the
 * French "has been T since").
 */
function frontedSince(v: SentenceView, pos: number): boolean {
  if (pos !== v.from) return false;
  for (let k = pos + 1; k < v.tokens.length && k < pos + 12; k++) {
    const f = v.tokens[k]?.f;
    if (f === 'depuis') return true;
    if (f === ',' || f === 'et' || v.tokens[k]?.text === ',') return false;
  }
  return false;
}

/**
 * "Velcor a nommé X directeur général. Directeur général adjoint depuis 2020, il succède à Y":
 * a post opening the sentence with its span, told of someone named before to another post at the
 * same company, is the one they leave (a longer title would otherwise swallow the new one).
 */
function frontedPostLeft(v: SentenceView, here: RoleCandidate[], before: readonly RoleCandidate[]): void {
  for (const c of here) {
    if (c.fact.status !== 'current' || c.statusSource !== 'default' || c.fact.title === null || c.founder || !frontedSince(v, c.pos)) continue;
    const title = fold(c.fact.title);
    const named = before.some((r) => r.sentence < v.sent.index && r.fact.person === c.fact.person && r.fact.company === c.fact.company && r.fact.status === 'current' && r.statusSource === 'cue' && r.fact.title !== null && fold(r.fact.title) !== title);
    if (!named) continue;
    c.fact.status = 'former';
    c.statusSource = 'departure';
  }
}

/** A combined chair and chief executive: keeping only the chair ends it. Folded. */
const CHAIR_AND_CEO = /^(?:pdg|p-dg|president-directeur general|presidente-directrice generale|president directeur general|presidente directrice generale)\b/;
const KEEPS_CHAIR = cueList(`
conserve la presidence | conservera la presidence | garde la presidence | gardera la presidence | va conserver la presidence | va garder la presidence
reste president du conseil | restera president du conseil | reste presidente du conseil | restera presidente du conseil | demeure president du conseil | demeurera president du conseil
`);
/** Taking the lead of a firm or unit ("prendra la direction de la nouvelle filiale"): the post held so far is left. */
const TAKES_LEAD = cueList(`
prend la direction | prendra la direction | va prendre la direction | prend la tete | prendra la tete | va prendre la tete | prend les renes | prendra les renes | va prendre les renes
`);
const BOARD_WORDS = new Set(['conseil', 'comite', 'directoire', 'board']);

/**
 * "X, PDG depuis 2009, gardera la présidence du conseil": keeping only the chair ends the
 * combined post. "X, directeur des achats de Y depuis 2011, prendra la tête de la nouvelle
 * filiale": the post told in apposition is the one left for the lead taken. Only the subject's
 * own post (no one else named between it and the verb), with no time word of its own.
 */
function postLeftForLead(v: SentenceView, here: RoleCandidate[]): void {
  for (const c of here) {
    if (c.fact.status !== 'current' || (c.statusSource !== 'default' && c.statusSource !== 'date') || c.fact.title === null || c.founder || c.predecessor || isBoardTitle(c.fact.title)) continue;
    const chairOnly = CHAIR_AND_CEO.test(fold(c.fact.title)) ? findCue(v.tokens, KEEPS_CHAIR, c.pos) : null;
    const lead = chairOnly ?? findCue(v.tokens, TAKES_LEAD, c.pos);
    if (!lead || !ownVerb(v, c, lead.s)) continue;
    // ("prendra la tête du conseil de surveillance": a chair is held beside a post)
    if (!chairOnly && (BOARD_WORDS.has(v.tokens[lead.e]?.f ?? '') || BOARD_WORDS.has(v.tokens[lead.e + 1]?.f ?? '') || (v.tokens[lead.e]?.f === 'generale' && BOARD_WORDS.has(v.tokens[lead.e + 2]?.f ?? '')))) continue;
    c.fact.status = 'former';
    c.statusSource = 'departure';
  }
}

/** Is the verb at `verb` the one of c's person: named before it, no other person between c's title and it, one clause? */
function ownVerb(v: SentenceView, c: RoleCandidate, verb: number): boolean {
  let named = false;
  for (const m of v.mentions) {
    if (m.kind !== 'PERSON' || m.s >= verb) continue;
    if (m.name === c.fact.person || m.text === c.fact.person) named = true;
    else if (m.s > c.pos) return false;
  }
  if (!named) return false;
  for (let k = c.pos; k < verb; k++) {
    const f = v.tokens[k]?.f;
    if (f === ';' || f === 'et' || f === 'tandis' || f === 'qui' || f === 'mais' || v.tokens[k]?.text === '.') return false;
  }
  return true;
}

const HAS_BEEN = cueList('has been | have been | has served as | has been serving as | has worked as');
const SINCE_WORDS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', "'s"]);

/**
 * "Acme appointed X as CFO. X, 47, has been finance director at Brellin since 2019": once
 * someone is hired elsewhere, the post they "have been" holding at another firm is the one
 * they leave; so is another post at the same firm after a promotion there (promotedThere). A
 * board seat is held beside the new job; "currently" keeps the post (no cue here).
 */
function hasBeenLeft(v: SentenceView, here: RoleCandidate[], appointed: ReadonlyMap<string, string>, before: readonly RoleCandidate[]): void {
  for (const c of here) {
    if (c.fact.status !== 'current' || c.fact.title === null || c.founder || c.predecessor || isBoardTitle(c.fact.title)) continue;
    const at = appointed.get(c.fact.person);
    if (at === undefined || !hasBeenBefore(v, c.pos)) continue;
    if ((at === c.fact.company || at.startsWith(`${c.fact.company} `) || c.fact.company.startsWith(`${at} `)) && !promotedThere(before, c, v.sent.index)) continue;
    c.fact.status = 'former';
    c.statusSource = 'departure';
  }
}

/** "has been T", "has been the bank's T": the cue ends right before the title at `pos`. */
function hasBeenBefore(v: SentenceView, pos: number): boolean {
  let k = pos;
  // (only articles and an owner's "'s" between: "has been the bank's deputy CFO")
  while (k > v.from && k > pos - 4 && (SINCE_WORDS.has(v.tokens[k - 1]?.f ?? '') || (v.tokens[k]?.f === "'s" && v.tokens[k - 1]?.word === true))) k--;
  for (let i = Math.max(v.from, k - 4); i < k; i++) if (anyCueAt(v.tokens, i, HAS_BEEN) === k) return true;
  return false;
}

const ACTING_POST = /\b(?:acting|interim)\b/i;

/**
 * "Acme named X chief executive. X has been head of retail since 2019": a post given before
 * at the same company, not an acting one (held beside the other), makes the post "has been"
 * tells the one left.
 */
function promotedThere(before: readonly RoleCandidate[], c: RoleCandidate, sentence: number): boolean {
  const title = c.fact.title ?? '';
  for (const r of before) {
    if (r.sentence >= sentence || r.fact.person !== c.fact.person || r.fact.status !== 'current' || r.founder || r.fact.title === null) continue;
    if (r.fact.company === c.fact.company && !samePost(r.fact.title, title) && !ACTING_POST.test(r.fact.title)) return true;
  }
  return false;
}

/** "CFO" beside "chief financial officer": one post, by a specific canonical title. */
function samePost(a: string, b: string): boolean {
  if (a === b) return true;
  const x = canonicalTitle(a);
  return x.seniority === 'c-level' && x.canonical !== 'Chief Officer' && x.canonical === canonicalTitle(b).canonical;
}

const HELD_INTERIM = cueList("qui assurait l' interim | qui assure l' interim | qui assurait jusqu' ici l' interim | qui assurait jusqu' alors l' interim");

/**
 * "Il succède à X, la directrice financière, qui assurait l'intérim": the interim is what X
 * leaves (no title for it); the post written beside her is the one she keeps.
 */
function interimsHeld(v: SentenceView, here: RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  for (const c of here) {
    if (c.fact.status !== 'former' || c.fact.title === null || c.founder) continue;
    const span = v.titles.find((x) => x.s === c.pos);
    if (!span || v.tokens[span.e]?.text !== ',' || anyCueAt(v.tokens, span.e + 1, HELD_INTERIM) < 0) continue;
    out.push({ ...c, fact: { ...c.fact, title: null }, predecessor: true });
    c.fact.status = 'current';
    c.statusSource = 'cue';
    c.predecessor = false;
  }
  return out;
}

/** No "et" or ";" between: "Elle a été DG de X et siège au conseil de Y" tells Y in the present. */
function sameClause(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const f = v.tokens[k]?.f;
    if (f === 'et' || f === ';') return false;
  }
  return true;
}

function extractRules(input: ExtractInput): Facts {
  const text = normalize(input.text);
  const lang: Lang = input.lang === 'fr' || input.lang === 'en' ? input.lang : detectLanguage(text);
  const published = input.published ?? null;
  const doc = analyze(splitSentences(text), published);
  const roles: RoleCandidate[] = [];
  const expansions: ExpansionFact[] = [];
  const state: RoleState = { lastPerson: null, paraCountry: null, para: -1, appointed: new Map(), heldAt: new Map() };
  const memory: PersonMemo[] = [];
  const interviewee = intervieweeOf(doc);
  // Persons a succession names as replaced: never the newcomer a description stands for.
  const replaced = new Set<string>();
  let post: Announced | null = null;
  // A team hired from another firm, whose members the next sentences may list.
  let team: TeamHire | null = null;
  let prevView: SentenceView | undefined;
  for (const v of doc.sentences) {
    if (v.sent.para !== state.para) {
      state.para = v.sent.para;
      state.paraCountry = null;
    }
    if (v.sent.skip || isByline(v)) continue;
    const ahead = lang === 'fr' && memory.length === 0 ? personAhead(doc, v) : null;
    const refs = personRefs(v, ahead ?? memory, appointees(state.appointed, replaced), interviewee);
    // Companies already taken by a career mention, with whose career it is.
    const consumed = new Map<Mention, string | null>();
    const careers = careerRoles(v, refs, state.lastPerson, doc.focusName, doc.published);
    append(careers, leadHandovers(v, refs, doc.focusName));
    leftEarlier(v, careers, roles);
    consumeCareerCompanies(v, careers, consumed);
    const successions = successionsIn(v, refs, state.lastPerson);
    for (const s of successions) replaced.add(s.predecessor.name);
    // A literal, not a spread: an empty spread result has another element kind, and the code
    // compiled for filled ones deoptimizes on it.
    const here: RoleCandidate[] = [];
    append(here, careers);
    append(here, titledRoles(v, refs, doc, state, consumed, successions));
    // (the newcomer's post first: "X, adjoint, lui succède" moves X's title to where the post is)
    const successors = successorRoles(v, successions, here, refs, state.appointed, roles);
    append(here, predecessorRoles(v, successions, here, state.appointed));
    append(here, successors);
    // "X a une nouvelle directrice générale. Anne Y, 54 ans, …": the post announced before.
    const holder = announcedHolder(v, refs, post, here);
    if (holder) here.push(holder);
    post = announcedPost(v, refs, doc, consumed);
    // "X, who retires in March, will be succeeded by Y": Y takes X's post.
    append(here, passiveSuccessors(v, refs, here, roles));
    append(here, untitledRoles(v, prevView, refs, doc, consumed, here));
    // "X, sera présidé par Y, qui succède à Z": a successor placed by an untitled post only now.
    const unplaced = successions.filter((s) => !here.some((c) => c.fact.person === s.predecessor.name));
    if (unplaced.length > 0) append(here, predecessorRoles(v, unplaced, here, state.appointed));
    // "depuis le départ de X pour Y": X left the company the text is about, for Y.
    append(here, departedRoles(v, refs, doc, consumed, here));
    append(here, teamMoves(v, refs, doc, state.lastPerson, roles));
    // "X, its COO, and Y, head of sales, will each become co-CEO": the post is each one's.
    if (lang === 'en') append(here, sharedPosts(v, refs, here));
    prevView = v;
    append(roles, here);
    if (lang === 'en') {
      team = teamHireIn(v, doc) ?? team;
      if (team) append(roles, teamMembers(v, refs, team, roles));
    }
    pastStays(here, careers);
    if (lang === 'en') hasBeenLeft(v, here, state.appointed, roles);
    if (lang === 'fr') {
      pastStoryElsewhere(v, here, state.appointed);
      frontedPostLeft(v, here, roles);
      postLeftForLead(v, here);
      append(roles, interimsHeld(v, here));
    }
    noteAppointments(v, here, state);
    append(expansions, expansionsOf(v, doc, consumed));
    remember(refs, memory);
    const last = refs[refs.length - 1];
    if (last) state.lastPerson = last.name;
    for (const m of v.mentions) if (m.kind === 'PLACE' && m.place?.kind === 'COUNTRY' && !m.adjective) state.paraCountry = m.text;
  }
  currentLastJoined(roles);
  pastJoinsLeft(roles, text);
  return { lang, roles: mergeRoles(withoutUntitledPostsTitled(withoutPublicBodies(roles))), expansions: mergeExpansions(expansions) };
}

/** Words after a sentence-opening "il" that make it impersonal ("Il y a", "Il faut", "Il s'agit"). Folded. */
const IMPERSONAL = new Set(['y', 'faut', 'fallait', 'faudra', 'semble', 'semblait', 'suffit', 'convient', 'existe', 'reste', "s'", 'se', 'est', 'etait', 'sera', 'serait', 'pourrait', 'devrait', 'parait', 'pleut']);

/** "Il est passé par", "Il était entré chez": a person after all. Folded. */
const PERSONAL_PARTICIPLES = new Set(['passe', 'entre', 'arrive', 'devenu', 'parti', 'sorti', 'issu', 'diplome', 'ne', 'reste', 'alle', 'venu', 'revenu', 'retourne']);

/**
 * "Elle a été successivement directrice financière de Lactalis puis… Sarah Lenoir prend la
 * direction générale de Morvaine": a career told in "il / elle" before anyone is named stands for
 * the first person of that gender named in the next two sentences of the paragraph.
 */
function personAhead(doc: DocView, v: SentenceView): PersonMemo[] | null {
  const t = v.tokens;
  // (opening the sentence, or after a phrase fronting it: "Diplômée de HEC, elle a débuté chez…")
  let p = v.from;
  if (t[p]?.f !== 'il' && t[p]?.f !== 'elle') {
    p = -1;
    for (let i = v.from + 2; i < Math.min(t.length, v.from + 10); i++) {
      if (t[i]?.text === '.' || t[i]?.text === ';') break;
      if ((t[i]?.f === 'il' || t[i]?.f === 'elle') && t[i - 1]?.text === ',') {
        p = i;
        break;
      }
    }
    if (p < 0) return null;
  }
  const f = t[p]?.f;
  if (f === 'il' && IMPERSONAL.has(t[p + 1]?.f ?? '') && !PERSONAL_PARTICIPLES.has(t[p + 2]?.f ?? '')) return null;
  for (const m of v.mentions) if (m.kind === 'PERSON') return null;
  const want = f === 'elle' ? 'f' : 'm';
  const at = doc.sentences.indexOf(v);
  for (let k = at + 1; k <= at + 2; k++) {
    const next = doc.sentences[k];
    if (!next || next.sent.para !== v.sent.para) return null;
    for (const m of next.mentions) {
      if (m.kind !== 'PERSON') continue;
      const name = m.name ?? m.text;
      return genderOf(name) === want ? [{ name, gender: want }] : null;
    }
  }
  return null;
}

/**
 * "Before joining Morvaine in 2020, she spent ten years at Orsel": the firm joined last is held now
 * when nothing in the text gives the person a current post at another firm (GUIDELINES: otherwise
 * current). Of several, the last one told.
 */
function currentLastJoined(roles: readonly RoleCandidate[]): void {
  const lastOf = new Map<string, RoleCandidate>();
  for (const c of roles) if (joinedLater.has(c) && c.fact.status === 'former') lastOf.set(c.fact.person, c);
  for (const last of lastOf.values()) {
    // ("Interview: X, chief executive of Y … you spent a decade at Z before joining Y": a post
    // the text gives at Y itself keeps Y held, whatever else is)
    if (currentPostAt(roles, last.fact, 'same', true)) last.fact.status = 'current';
    else if (!currentPostAt(roles, last.fact, 'other', false)) last.fact.status = 'current';
  }
}

/**
 * "Orvel nomme X directrice financière. Elle a rejoint Danone en 2008": a join told in the past
 * beside a titled post held now at another firm is a step of the career before it, when the text
 * names the firm joined only there (not "Danone nomme X… Elle a rejoint Danone en 2008").
 */
function pastJoinsLeft(roles: readonly RoleCandidate[], text: string): void {
  for (const c of roles) {
    if (!joinedThen.has(c) || c.fact.status !== 'current') continue;
    const at = text.indexOf(c.fact.company);
    if (currentPostAt(roles, c.fact, 'other', true) && at >= 0 && text.indexOf(c.fact.company, at + 1) < 0) c.fact.status = 'former';
  }
}

/**
 * Does the text give the person of `fact` a current post at the same firm, or at another one
 * (titled posts only when `titled`)? A firm's short and full names are one firm ("Corlith" and
 * "Corlith Therapeutics"): firms are compared by their first word.
 */
function currentPostAt(roles: readonly RoleCandidate[], fact: RoleCandidate['fact'], where: 'same' | 'other', titled: boolean): boolean {
  const company = firstWord(fact.company);
  for (const r of roles) {
    if (r.fact.person !== fact.person || r.fact.status !== 'current' || (titled && r.fact.title === null)) continue;
    if ((firstWord(r.fact.company) === company) === (where === 'same')) return true;
  }
  return false;
}

// The steps of extractRules' sentence loop are plain functions, not inlined code: a rule first
// taken late deoptimizes a small function, which V8 recompiles cheaply, not the whole loop.

/**
 * Verbs of leaving whose object stays the subject of the rest of the sentence ("X exits Marvik
 * after four years, the Oslo-listed shipping company said"): the firm left is not used up by the
 * career rule. Folded.
 */
const EXITED = new Set(['exits', 'exited', 'quits', 'quit', 'departs', 'departed']);

/** Verbs of leading now right before a firm's name ("who runs Qasr", "who has run Qasr since…"). Folded. */
const LEADING_NOW = new Set(['runs', 'heads', 'leads', 'oversees', 'manages', 'chairs', 'helms']);
const LED_SINCE = new Set(['led', 'run', 'headed', 'chaired', 'managed', 'overseen', 'helmed']);

function consumeCareerCompanies(v: SentenceView, careers: readonly RoleCandidate[], consumed: Map<Mention, string | null>): void {
  for (let i = 0; i < careers.length; i++) {
    const c = careers[i] as RoleCandidate;
    const m = mentionAt(v.mentions, c.pos);
    if (!m || (c.fact.status === 'former' && EXITED.has(v.tokens[c.pos - 1]?.f ?? ''))) continue;
    // ("X, who has run Qasr since it was set up, hands over to Y and becomes deputy chair":
    // the firm led stays free for the post told after it)
    const verb = v.tokens[c.pos - 1]?.f ?? '';
    if (LEADING_NOW.has(verb) || (LED_SINCE.has(verb) && (v.tokens[c.pos - 2]?.f === 'has' || v.tokens[c.pos - 2]?.f === 'have'))) continue;
    consumed.set(m, c.fact.person);
  }
}

/**
 * "Brevik said its chief executive X would step down… X, who has led Brevik since 2018,
 * oversaw…": a post told without a title as held now, at a firm the person was said to leave in
 * an earlier sentence, is the post left (unless the sentence gives a board seat there).
 */
function leftEarlier(v: SentenceView, careers: readonly RoleCandidate[], roles: readonly RoleCandidate[]): void {
  // ("Lind has led Skarven since 2015 and will join the board": a seat kept there)
  if (careers.length === 0 || boardSeatAfter(v, v.from)) return;
  for (const c of careers) {
    if (!c.untitledPost || c.fact.status !== 'current' || c.fact.title !== null) continue;
    const company = `${c.fact.company} `;
    for (const r of roles) {
      if (r.fact.person !== c.fact.person || r.fact.status !== 'former' || r.statusSource !== 'departure' && r.statusSource !== 'cue') continue;
      if (r.fact.company === c.fact.company || r.fact.company.startsWith(company)) {
        c.fact.status = 'former';
        break;
      }
    }
  }
}

function mentionAt(mentions: readonly Mention[], s: number): Mention | undefined {
  for (let i = 0; i < mentions.length; i++) if ((mentions[i] as Mention).s === s) return mentions[i];
  return undefined;
}

/**
 * "spent 12 years at X, where she rose to T": the stay is past, so the title there is too
 * (the merge says so later; the successor's company must not be taken from it meanwhile).
 */
function pastStays(here: readonly RoleCandidate[], careers: readonly RoleCandidate[]): void {
  for (let i = 0; i < here.length; i++) {
    const c = here[i] as RoleCandidate;
    if (c.fact.title === null || c.statusSource !== 'default' || c.founder) continue;
    if (leftCompany(careers, c)) c.fact.status = 'former';
  }
}

function leftCompany(careers: readonly RoleCandidate[], c: RoleCandidate): boolean {
  for (let i = 0; i < careers.length; i++) {
    const x = careers[i] as RoleCandidate;
    // (a firm joined later in a career story is past only until currentLastJoined decides: "X,
    // chief executive of Y, spent a decade at Z before joining Y" keeps the post at Y)
    if (x.fact.status === 'former' && !joinedLater.has(x) && x.fact.person === c.fact.person && x.fact.company === c.fact.company) return true;
  }
  return false;
}

function noteAppointments(v: SentenceView, here: readonly RoleCandidate[], state: RoleState): void {
  for (let i = 0; i < here.length; i++) {
    const c = here[i] as RoleCandidate;
    // "is currently COO of Mowi": a job kept, not the one the person is appointed to.
    // "prend la tête de la filiale" (an untitled lead told by a career cue) leaves the post
    // open, so "Elle succède à X, directeur général…" can still give its title.
    if (c.fact.status === 'current' && !c.founder && !c.predecessor && !(c.untitledPost && c.statusSource === 'cue') && !findCue(v.tokens, STILL_HELD, Math.max(v.from, c.pos - 3), c.pos)) {
      // "appointed X as CMO of Stellagen Analytics … X joins Stellagen from Y": one employer, kept
      // under its full name.
      const before = state.appointed.get(c.fact.person);
      // "sits on the boards of Y and Z": an untitled job beside the titled one given keeps that one.
      if (!(before && (before.startsWith(`${c.fact.company} `) || (c.fact.title === null && state.heldAt.get(c.fact.person) === before)))) state.appointed.set(c.fact.person, c.fact.company);
    }
    if (c.fact.title !== null) state.heldAt.set(c.fact.person, c.fact.company);
  }
}

/** The persons appointed so far and not replaced since, first appointed first, with their gender. */
function appointees(appointed: ReadonlyMap<string, string>, replaced: ReadonlySet<string>): PersonMemo[] {
  const out: PersonMemo[] = [];
  for (const name of appointed.keys()) if (!replaced.has(name)) out.push({ name, gender: genderOf(name) });
  return out;
}

/** The persons named in a sentence, last named last, each once. */
function remember(refs: readonly { name: string }[], memory: PersonMemo[]): void {
  for (let i = 0; i < refs.length; i++) {
    const name = (refs[i] as { name: string }).name;
    const at = memoIndex(memory, name);
    if (at >= 0) memory.splice(at, 1);
    memory.push({ name, gender: genderOf(name) });
  }
}

function memoIndex(memory: readonly PersonMemo[], name: string): number {
  for (let i = 0; i < memory.length; i++) if ((memory[i] as PersonMemo).name === name) return i;
  return -1;
}

/**
 * A public body is no employer (GUIDELINES: government posts are not role facts), whichever rule
 * read it: "the Finance Ministry named X adviser", "previously at the Department for Transport".
 */
function withoutPublicBodies(roles: RoleCandidate[]): RoleCandidate[] {
  let any = false;
  for (const c of roles) if (PUBLIC_BODIES.test(c.fact.company) || GRANDES_ECOLES.test(fold(c.fact.company))) any = true;
  // (a grande école is where the person studied, "ingénieure Supaéro", "passé par Sciences Po")
  return any ? roles.filter((c) => !PUBLIC_BODIES.test(c.fact.company) && !GRANDES_ECOLES.test(fold(c.fact.company))) : roles;
}

/** "X a choisi P pour… . P est nommé directeur général de X Entreprises": the hire is that post. */
function withoutUntitledPostsTitled(roles: readonly RoleCandidate[]): RoleCandidate[] {
  const titledNow = new Set<string>();
  for (const c of roles) if (c.fact.title !== null && c.fact.status === 'current' && !c.founder) titledNow.add(`${c.fact.person}|${firstWord(c.fact.company)}`);
  const kept: RoleCandidate[] = [];
  for (const c of roles) if (!c.untitledPost || !titledNow.has(`${c.fact.person}|${firstWord(c.fact.company)}`)) kept.push(c);
  return kept;
}

function firstWord(name: string): string {
  return fold(name).split(' ')[0] ?? '';
}

export const rulesBackend: ExtractorBackend = { name: 'rules', extract: extractRules };

/** Extracts role and expansion facts from one document; never throws on text input. */
export function extract(input: ExtractInput, backend: ExtractorBackend = rulesBackend): Facts {
  return backend.extract(input);
}
