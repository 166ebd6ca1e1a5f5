/**
 * Merging role candidates into facts (GUIDELINES "one fact per job"): a job with a title is
 * not listed again without one; a null-title career mention lends its status and order to
 * the titled job; a title with no time word beside a newly named job at the same company
 * is a past job ("Entrée comme directrice des achats … est nommée DG").
 */
import { fold } from '../lexicon/fold.js';
import { lookupPlaceForm } from '../lexicon/places.js';
import { canonicalTitle } from '../lexicon/title-canonical.js';
import type { ExpansionFact, RoleFact } from '../model/facts.js';
import type { RoleCandidate } from './candidates.js';

function key(text: string): string {
  const folded = fold(text);
  return onlyKeyChars(folded) ? folded : folded.replace(/[^a-z0-9 ]/g, '');
}

/** Only a-z, 0-9 and spaces (most folded names): nothing for the key to drop. */
function onlyKeyChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return false;
  }
  return true;
}

/** Is `short` an abbreviation ("DAF", "CFO") of the longer title, by a specific canonical title? */
function abbreviates(short: string | null, long: string | null): boolean {
  if (!short || !long || short.length >= long.length || !/^[A-Z]{2,5}$/.test(short)) return false;
  const a = canonicalTitle(short);
  return a.seniority === 'c-level' && a.canonical === canonicalTitle(long).canonical;
}

/** Folded person, company and title of a candidate, computed once per candidate. */
interface Keys {
  p: string;
  c: string;
  t: string;
}

function keysOf(keys: Map<RoleCandidate, Keys>, c: RoleCandidate): Keys {
  let k = keys.get(c);
  if (!k) {
    k = { p: key(c.fact.person), c: key(c.fact.company), t: c.fact.title === null ? '' : key(c.fact.title) };
    keys.set(c, k);
  }
  return k;
}

// The steps of mergeRoles are plain functions (no closures over its locals): a step first
// taken late deoptimizes a small function, which V8 recompiles cheaply, not the whole merge.

/** "director" beside "director of retail operations": one job, the longer title (dropped last first). */
function dropShorterTitles(titled: RoleCandidate[], keys: Map<RoleCandidate, Keys>): void {
  for (let i = titled.length - 1; titled.length > 1 && i >= 0; i--) {
    const c = titled[i] as RoleCandidate;
    const prefix = `${keysOf(keys, c).t} `;
    for (let j = 0; j < titled.length; j++) {
      const o = titled[j] as RoleCandidate;
      if (o !== c && o.fact.status === c.fact.status && keysOf(keys, o).t.startsWith(prefix)) {
        titled.splice(i, 1);
        break;
      }
    }
  }
}

/** "directrice administrative et financière (DAF)": the abbreviation names the same job. */
function dropAbbreviations(titled: RoleCandidate[]): void {
  for (let i = titled.length - 1; titled.length > 1 && i >= 0; i--) {
    const c = titled[i] as RoleCandidate;
    for (let j = 0; j < titled.length; j++) {
      const o = titled[j] as RoleCandidate;
      if (o !== c && o.fact.status === c.fact.status && abbreviates(c.fact.title, o.fact.title)) {
        titled.splice(i, 1);
        break;
      }
    }
  }
}

const ACTING = /\b(?:acting|interim|int[ée]rim)/i;

/** Titles that are a post's bare name, folded: what a later mention calls a post told in full before. */
const BARE_TITLES = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'chief executive', 'chief executive officer', 'president', 'cfo', 'chief financial officer', 'coo', 'chief operating officer', 'managing director']);

/**
 * "Non-executive chairman X will step down … and be replaced as chair by Y": the bare name of a
 * post ("chair") beside a fuller title of the same post, same person, firm and status, is that
 * post told again, not a second job.
 */
function dropBareRepeats(titled: RoleCandidate[]): void {
  for (let i = titled.length - 1; titled.length > 1 && i >= 0; i--) {
    const c = titled[i] as RoleCandidate;
    const t = c.fact.title ?? '';
    if (!BARE_TITLES.has(fold(t))) continue;
    const canon = canonicalTitle(t).canonical;
    for (let j = 0; j < titled.length; j++) {
      const o = titled[j] as RoleCandidate;
      const ot = o.fact.title ?? '';
      if (o !== c && o.fact.status === c.fact.status && !o.founder && fold(ot) !== fold(t) && (j < i || !BARE_TITLES.has(fold(ot))) && canonicalTitle(ot).canonical === canon) {
        titled.splice(i, 1);
        break;
      }
    }
  }
}

/**
 * A promotion: a title told, with no time word, before a post taken over from someone at the
 * same company ("chief operating officer Ana Lind will succeed him as chief executive") is the
 * post left. A founder title, an acting post (held beside the other one), a post marked as held
 * now ("currently head of finance, will take over as CFO") and a post added to one kept ("devient
 * aussi président": no one is succeeded) stay current.
 */
function promotedFrom(titled: RoleCandidate[], kept: Set<RoleCandidate>, succeeded: Set<string>): void {
  const current = titled.filter((c) => c.fact.status === 'current' && kept.has(c));
  const given = current.find((c) => !c.founder && c.statusSource === 'cue');
  if (!given || current.length < 2 || !succeeded.has(`${given.sentence}|${key(given.fact.company)}`)) return;
  if (current.some((c) => ACTING.test(c.fact.title ?? '')) || titled.some((c) => c.fact.status === 'former' && kept.has(c))) return;
  const left = current.find((c) => c !== given && !c.founder && c.statusSource === 'default' && (c.sentence < given.sentence || (c.sentence === given.sentence && c.pos < given.pos)));
  if (left) left.fact.status = 'former';
}

export function mergeRoles(candidates: RoleCandidate[]): RoleFact[] {
  const sorted = [...candidates].sort((a, b) => a.sentence - b.sentence || a.pos - b.pos);
  const keys = new Map<RoleCandidate, Keys>();
  const groups = groupJobs(sorted, keys);
  const kept = new Set<RoleCandidate>();
  // Sentence and company where someone leaves a post the text gives to another.
  const succeeded = new Set<string>();
  for (const c of sorted) if (c.fact.status === 'former' && (c.predecessor || c.statusSource === 'departure')) succeeded.add(`${c.sentence}|${keysOf(keys, c).c}`);
  for (const group of groups.values()) {
    // A job told once (most are) is kept as it is: every rule below compares candidates.
    if (group.length === 1) kept.add(group[0] as RoleCandidate);
    else mergeJob(group, keys, kept, succeeded);
  }
  dropUntitledTold(kept, keys);
  const out: RoleFact[] = [];
  for (const c of sorted) if (kept.has(c)) out.push(roleFact(c));
  return out;
}

/**
 * Candidates grouped by person and employer. "Quenby" beside "Quenby Capital" for one
 * person, both current (or both past): one employer, grouped under the longer name. A past post
 * at "Marriott International" and a current one at "Marriott" are two jobs.
 */
function groupJobs(sorted: readonly RoleCandidate[], keys: Map<RoleCandidate, Keys>): Map<string, RoleCandidate[]> {
  const companiesOf = new Map<string, Set<string>>();
  for (const c of sorted) {
    const ks = keysOf(keys, c);
    const pk = `${ks.p}|${c.fact.status}`;
    const set = companiesOf.get(pk) ?? new Set<string>();
    set.add(ks.c);
    companiesOf.set(pk, set);
  }
  const groups = new Map<string, RoleCandidate[]>();
  for (const c of sorted) {
    const ks = keysOf(keys, c);
    const k = `${ks.p}|${employerKey(companiesOf, ks, c)}`;
    const g = groups.get(k) ?? [];
    g.push(c);
    groups.set(k, g);
  }
  return groups;
}

function employerKey(companiesOf: Map<string, Set<string>>, ks: Keys, c: RoleCandidate): string {
  let best = ks.c;
  for (const other of companiesOf.get(`${ks.p}|${c.fact.status}`) ?? []) if (other.length > best.length && longerName(other, ks.c)) best = other;
  return best;
}

/** Folded words naming a group before its name: "Groupe Valmor" is "Valmor". */
const GROUP_WORDS = ['groupe ', 'group ', 'le groupe '];

/** Is `long` a longer folded name of the company `short` ("quenby capital" of "quenby", "groupe valmor" of "valmor")? */
function longerName(long: string, short: string): boolean {
  if (long.startsWith(`${short} `)) return true;
  if (!long.endsWith(short)) return false;
  for (const g of GROUP_WORDS) if (long.length === g.length + short.length && long.startsWith(g)) return true;
  return false;
}

/** The candidates of one job told more than once: which are kept, with what status, order and start. */
function mergeJob(group: readonly RoleCandidate[], keys: Map<RoleCandidate, Keys>, kept: Set<RoleCandidate>, succeeded: Set<string>): void {
  const titled: RoleCandidate[] = [];
  const seenTitles = new Set<string>();
  for (const c of group) {
    if (c.fact.title === null) continue;
    const t = keysOf(keys, c).t;
    if (seenTitles.has(t)) continue;
    seenTitles.add(t);
    titled.push(c);
  }
  dropShorterTitles(titled, keys);
  dropAbbreviations(titled);
  dropBareRepeats(titled);
  const untitled = group.filter((c) => c.fact.title === null);
  // A predecessor's post stands on its own unless a titled past job already tells it.
  const predecessor = untitled.find((c) => c.predecessor);
  if (predecessor && titled.length > 0 && !titled.some((c) => c.fact.status === 'former' || (c.statusSource === 'default' && !c.founder))) kept.add(predecessor);
  if (titled.length === 0) {
    const first = untitled.find((c) => c.fact.status === 'former') ?? untitled[0];
    if (first) {
      const order = untitled.find((c) => c.fact.order !== undefined)?.fact.order;
      if (order !== undefined) first.fact.order = order;
      kept.add(first);
    }
    return;
  }
  // "À Canal+, elle est remplacée par X, jusqu'alors directeur des marques", "Y a confié la
  // direction générale à X, jusqu'ici directrice générale déléguée": the new job there has no
  // title, the past one has; both are told.
  const otherStatus = untitled.find((c) => (c.statusSource === 'cue' || c.untitledPost) && !c.predecessor && c.fact.status === 'current' && titled.every((o) => o.fact.status === 'former' && o.statusSource !== 'default' && o.sentence === c.sentence));
  if (otherStatus) kept.add(otherStatus);
  // "X, qui présidait le groupe depuis 2008, devient président d'honneur": the
  // lead left has no title, the post now given has; both are told (the mirror of the above).
  const ledBefore = untitled.find((c) => c.statusSource === 'cue' && !c.predecessor && c.fact.status === 'former' && titled.every((o) => o.fact.status === 'current' && o.statusSource === 'cue' && !o.founder && o.sentence === c.sentence));
  if (ledBefore) kept.add(ledBefore);
  const pastCareer = untitled.find((c) => c.fact.status === 'former' && !c.predecessor);
  // The sentence where a new post at this company is announced, if any.
  const appointed = titled.find((c) => c.statusSource === 'cue' && c.fact.status === 'current' && !c.founder);
  // ("named X acting chief executive … X, the firm's COO, will hold both roles": a stand-in keeps
  // the post told after the appointment)
  const appointedAt = appointed && !ACTING.test(appointed.fact.title ?? '') ? appointed.sentence : Infinity;
  for (const c of titled) {
    if (c.statusSource === 'default' && pastCareer && !c.founder) c.fact.status = 'former';
    // A post told later as background ("Entrée … comme directrice des achats") is a past one.
    if (c.statusSource === 'default' && c.sentence > appointedAt && !c.founder) c.fact.status = 'former';
    const order = untitled.find((u) => u.fact.order !== undefined)?.fact.order;
    if (order !== undefined && c.fact.order === undefined) c.fact.order = order;
    if (c.fact.start === null) c.fact.start = untitled.find((u) => u.fact.start !== null)?.fact.start ?? null;
    kept.add(c);
  }
  promotedFrom(titled, kept, succeeded);
  oneJobPerStatus(titled, kept);
}

/**
 * A post told with no time word beside the one newly given at the same firm ("chief operating
 * officer X will take over as CEO") is told as the new post. Two posts each given by a cue
 * ("who has run treasury since 2018 … will hold both posts"), a post added to the other
 * ("devient aussi président"), a post held beside an acting or interim one ("CFO X will serve as
 * interim chief executive": a stand-in keeps the job they hold) and founder nouns ("co-founder X,
 * who will become chair") stay: GUIDELINES count one fact per job, even two jobs at one firm
 * (tests/extract/founder-posts.test.ts says why the sets that count it as a false hit are wrong).
 */
function oneJobPerStatus(titled: readonly RoleCandidate[], kept: Set<RoleCandidate>): void {
  const given = titled.find((c) => kept.has(c) && c.fact.status === 'current' && !c.founder && (c.statusSource === 'cue' || ACTING.test(c.fact.title ?? '')));
  if (!given || given.added || ACTING.test(given.fact.title ?? '')) return;
  for (const c of titled) if (c !== given && c.fact.status === 'current' && !c.founder && c.statusSource === 'default' && !ACTING.test(c.fact.title ?? '')) kept.delete(c);
}

/** "joined Brantley Hotels in 2012" beside "president … of Brantley Hotels International": one job. */
function dropUntitledTold(kept: Set<RoleCandidate>, keys: Map<RoleCandidate, Keys>): void {
  const titledKept: RoleCandidate[] = [];
  for (const c of kept) if (c.fact.title !== null) titledKept.push(c);
  for (const c of [...kept]) {
    if (c.fact.title !== null || c.predecessor) continue;
    const ks = keysOf(keys, c);
    if (titledKeptAt(titledKept, keys, c.fact.status, ks)) kept.delete(c);
    // "Brenmark Corp said its CMO, X, is stepping down… X had joined Brenmark from Y in 2017": the job
    // joined is the one left, when nothing else is held there now.
    if (c.fact.status === 'current' && c.statusSource === 'cue' && !c.untitledPost && joinedPostLeft(titledKept, keys, ks, c.sentence)) kept.delete(c);
  }
}

/** A kept titled job with that status, of the same person, at a longer name of the company. */
function titledKeptAt(titledKept: readonly RoleCandidate[], keys: Map<RoleCandidate, Keys>, status: string, ks: Keys): boolean {
  for (const o of titledKept) {
    const ko = keysOf(keys, o);
    if (o.fact.status === status && ko.p === ks.p && longerName(ko.c, ks.c)) return true;
  }
  return false;
}

/** Whether the same person left a titled post there before `sentence` and holds none there now. */
function joinedPostLeft(titledKept: readonly RoleCandidate[], keys: Map<RoleCandidate, Keys>, ks: Keys, sentence: number): boolean {
  let left = false;
  for (const o of titledKept) {
    const ko = keysOf(keys, o);
    if (ko.p !== ks.p || (ko.c !== ks.c && !longerName(ko.c, ks.c))) continue;
    if (o.fact.status === 'current') return false;
    if (o.fact.status === 'former' && o.statusSource === 'departure' && o.sentence < sentence) left = true;
  }
  return left;
}

const ACTING_TITLE = /int[ée]rim|acting|\ba\.i\./i;

function roleFact(c: RoleCandidate): RoleFact {
  const f = c.fact;
  const canon = f.title ? canonicalTitle(f.title) : null;
  const out: RoleFact = {
    person: f.person,
    company: f.company,
    title: f.title,
    status: f.status,
    start: f.start,
    end: f.end,
    place: f.place,
    evidence: f.evidence,
    titleCanonical: canon ? canon.canonical : null,
    seniority: canon ? canon.seniority : null,
  };
  if (f.title && ACTING_TITLE.test(f.title)) out.acting = true;
  if (f.order !== undefined) out.order = f.order;
  return out;
}

/**
 * A market or an office keyed by the place it names, so that one place written twice ("le
 * marché espagnol" read as Spain, then "en Espagne") is one fact; other places as written.
 */
function placeKey(e: ExpansionFact): string {
  if (!e.place) return '';
  const entry = e.kind === 'market' || e.kind === 'office' ? lookupPlaceForm(e.place)?.entry : undefined;
  return entry ? `#${entry.id}` : key(e.place);
}

export function mergeExpansions(events: ExpansionFact[]): ExpansionFact[] {
  const seen = new Set<string>();
  const out: ExpansionFact[] = [];
  const rests: string[] = [];
  for (const e of events) {
    const company = key(e.company);
    const rest = [e.kind, placeKey(e), key(e.partner ?? '')].join('|');
    const k = `${company}|${rest}`;
    if (seen.has(k)) continue;
    // "Ruby Fern Mobility launched in Riyadh … Ruby Fern said Riyadh is its second market": one company, one fact.
    if (e.place && shortFormSeen(out, rests, company, rest)) continue;
    seen.add(k);
    out.push(e);
    rests.push(rest);
  }
  return withoutUnplacedTwins(out);
}

/**
 * A place-less partnership already known with a place adds nothing: "A et B s'associent au sein
 * d'une coentreprise qui gérera le terminal de Brest" states the deal twice, once by the verb
 * and once by the noun that the place goes with.
 */
function withoutUnplacedTwins(out: ExpansionFact[]): ExpansionFact[] {
  const placed = new Set<string>();
  for (const e of out) if (e.kind === 'partnership' && e.place && e.partner) placed.add(pairKey(e.company, e.partner));
  if (placed.size === 0) return out;
  const kept: ExpansionFact[] = [];
  for (const e of out) if (!(e.kind === 'partnership' && !e.place && e.partner && placed.has(pairKey(e.company, e.partner)))) kept.push(e);
  return kept;
}

function pairKey(a: string, b: string): string {
  const [x, y] = [key(a), key(b)].sort();
  return `${x ?? ''}|${y ?? ''}`;
}

/** Whether a kept fact says the same of the company under a shorter or fuller form of its name. */
function shortFormSeen(out: readonly ExpansionFact[], rests: readonly string[], company: string, rest: string): boolean {
  for (let x = 0; x < out.length; x++) {
    if (rests[x] !== rest) continue;
    const o = key(out[x]?.company ?? '');
    if (o.startsWith(`${company} `) || company.startsWith(`${o} `)) return true;
  }
  return false;
}
