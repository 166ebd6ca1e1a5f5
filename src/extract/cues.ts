/**
 * Cue phrases (folded token sequences) that the relation rules look for: appointment,
 * joining, leaving, replacing, careers, rumours, time words. A phrase is written with
 * spaces between tokens as the tokenizer cuts them ("jusqu' ici", "l' actuel").
 */
import type { Token } from './tokens.js';

export type Cue = readonly string[];

/** A cue list indexed by first token, so matching costs one map lookup per token. */
export interface CueList extends ReadonlyArray<Cue> {
  byFirst?: Map<string, Cue[]>;
  /** Position of the list among all indexed lists (see CuesByList). */
  id?: number;
}

/** For one folded word: the cues starting with it in each indexed list, by list id. */
export type CuesByList = ReadonlyArray<Cue[] | undefined>;

/**
 * Every indexed list's cues by first word. The tokenizer stores each token's entry
 * (Token.cues), so matching a list at a token is an array read, and most tokens, which
 * start no cue at all, are rejected at once. Lists are built at module load;
 * `cueListsVersion` changes when one is added, so that entries cached earlier are recomputed.
 */
const byWord = new Map<string, Array<Cue[] | undefined>>();

/** Below this many cues a group is tried cue by cue (a map lookup costs more than a few compares). */
const TRIE_FROM = 6;
let lists = 0;

export function cueListsVersion(): number {
  return lists;
}

/** The cues starting with folded word f, by list id; null when no list has one. */
export function cuesStartingWith(f: string): CuesByList | null {
  return byWord.get(f) ?? null;
}

function index(all: Cue[]): CueList {
  // Lists built from generated phrase families may repeat a hand-written entry: kept once.
  const byText = new Map<string, Cue>();
  for (const c of all) {
    const text = c.join(' ');
    if (!byText.has(text)) byText.set(text, c);
  }
  const list = [...byText.values()];
  const byFirst = new Map<string, Cue[]>();
  for (const c of list) {
    const first = c[0] ?? '';
    const arr = byFirst.get(first) ?? [];
    arr.push(c);
    byFirst.set(first, arr);
  }
  // Longest first, so "a nomme" wins over "nomme" at the same place.
  for (const arr of byFirst.values()) {
    arr.sort((a, b) => b.length - a.length);
    if (arr.length >= TRIE_FROM) (arr as CueGroup).trie = trieOf(arr);
  }
  const out = list as CueList;
  out.byFirst = byFirst;
  out.id = lists++;
  for (const [first, arr] of byFirst) {
    const entry = byWord.get(first) ?? [];
    entry[out.id] = arr;
    byWord.set(first, entry);
  }
  return out;
}

/** The words a list's cues start with. */
export function cueFirstWords(list: CueList): string[] {
  return list.byFirst ? [...list.byFirst.keys()] : list.map((c) => c[0] ?? '');
}

export function cueList(text: string): CueList {
  return index(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .flatMap((l) => l.split('|'))
      .map((p) => p.trim().split(/\s+/))
      .filter((c) => c.length > 0 && c[0] !== ''),
  );
}

const cues = cueList;

/**
 * A list of single words, indexed like cues: every token of these words then carries an
 * entry for it (Token.cues), so testing a token against the list is an array read
 * (`startsCue`), not a set lookup of its word.
 */
export function wordList(words: Iterable<string>): CueList {
  return index([...new Set(words)].map((w) => [w]));
}

/** Does some cue of `list` start with token t's word? (Its first word only.) */
export function startsCue(t: Token | undefined, list: CueList): boolean {
  if (t === undefined) return false;
  if (list.id !== undefined && t.cues !== undefined) return t.cues !== null && t.cues[list.id] !== undefined;
  return list.byFirst?.has(t.f) ?? startsAny(list, t.f);
}

// (A loop, not `list.some((c) => c[0] === f)`: a closure over startsCue's argument would make
// V8 allocate a context at each of its calls, which the rules make at every token.)
function startsAny(list: CueList, f: string): boolean {
  for (const c of list) if (c[0] === f) return true;
  return false;
}

/** Does the cue start at token i? Returns its end, or -1. "*" matches any one token. */
export function cueAt(tokens: Token[], i: number, cue: Cue): number {
  for (let k = 0; k < cue.length; k++) {
    const want = cue[k];
    const t = tokens[i + k];
    if (!t || (want !== '*' && t.f !== want)) return -1;
  }
  return i + cue.length;
}

export function anyCueAt(tokens: Token[], i: number, list: CueList): number {
  const t = tokens[i];
  if (t === undefined) return -1;
  // The tokenizer looked the token up once for every list (hand-made tokens have no entry).
  if (list.id !== undefined && t.cues !== undefined) {
    const candidates = t.cues?.[list.id];
    return candidates ? restAt(tokens, i, candidates) : -1;
  }
  if (list.byFirst) {
    const candidates = list.byFirst.get(t.f);
    return candidates ? restAt(tokens, i, candidates) : -1;
  }
  for (const c of list) {
    const e = cueAt(tokens, i, c);
    if (e > 0) return e;
  }
  return -1;
}

/**
 * The end of the first of `candidates` (cues whose first word is token i's, as an index by first
 * word gives them) that matches at i, or -1. Their first word is not compared again: it is
 * token i's folded word (or "*"), and comparing two equal strings reads every character.
 */
function restAt(tokens: Token[], i: number, candidates: readonly Cue[]): number {
  const trie = (candidates as CueGroup).trie;
  if (trie !== undefined) {
    const n = longestIn(tokens, i, trie, 1);
    return n < 0 ? -1 : i + n;
  }
  for (let n = 0; n < candidates.length; n++) {
    const cue = candidates[n] as Cue;
    let k = 1;
    for (; k < cue.length; k++) {
      const want = cue[k];
      const t = tokens[i + k];
      if (!t || (want !== '*' && t.f !== want)) break;
    }
    if (k === cue.length) return i + cue.length;
  }
  return -1;
}

/**
 * The cues after their shared first word, as a tree of words: a group this large (the French
 * hand-overs put some ninety after "a", "va" or "avait" in one list) is matched in one walk
 * along the tokens, one map lookup per token, instead of trying each cue in turn.
 */
interface CueTrie {
  /** A cue ends here. */
  done: boolean;
  /** The next word, by folded word ("*" excepted). */
  next: Map<string, CueTrie> | null;
  /** "*": any one token. */
  any: CueTrie | null;
}

/** A group of cues sharing their first word, longest first; `trie` when it has TRIE_FROM cues or more. */
type CueGroup = Cue[] & { trie?: CueTrie };

function trieOf(group: readonly Cue[]): CueTrie {
  const root: CueTrie = { done: false, next: null, any: null };
  for (const cue of group) {
    let node = root;
    for (let k = 1; k < cue.length; k++) {
      const w = cue[k] as string;
      let child: CueTrie | null | undefined;
      if (w === '*') child = node.any ??= { done: false, next: null, any: null };
      else {
        node.next ??= new Map();
        child = node.next.get(w);
        if (child === undefined) {
          child = { done: false, next: null, any: null };
          node.next.set(w, child);
        }
      }
      node = child;
    }
    node.done = true;
  }
  return root;
}

/**
 * The length of the longest cue of `node`'s tree that matches at token i, `depth` tokens of it
 * being matched already; -1 if none. The longest, as the group's longest-first order gives.
 */
function longestIn(tokens: Token[], i: number, node: CueTrie, depth: number): number {
  let best = node.done ? depth : -1;
  for (;;) {
    const t = tokens[i + depth];
    if (t === undefined) return best;
    if (node.any !== null) {
      const n = longestIn(tokens, i, node.any, depth + 1);
      if (n > best) best = n;
    }
    const child = node.next === null ? undefined : node.next.get(t.f);
    if (child === undefined) return best;
    node = child;
    depth++;
    if (node.done && depth > best) best = depth;
  }
}

/**
 * Several cue lists matched in one walk: at each first word, one tree of every list's cues
 * after it, each node saying which list (by its position) first has a cue ending there. Matched
 * by `unionAt`, which gives what trying the lists one after another and keeping the longest
 * (the earlier list on a tie) gives, with one map lookup per token read.
 */
export interface CueUnion {
  /** Indexed like a cue list: each token carries its group (Token.cues). */
  list: CueList;
  /** How many lists: a match is packed as end * width + (width - 1 - position). */
  width: number;
}

interface UnionTrie {
  /** Position of the first list with a cue ending here; -1 when none. */
  list: number;
  next: Map<string, UnionTrie> | null;
  any: UnionTrie | null;
}

type UnionGroup = Cue[] & { union?: UnionTrie };

export function cueUnion(lists: readonly CueList[]): CueUnion {
  const roots = new Map<string, UnionTrie>();
  const all: Cue[] = [];
  lists.forEach((l, pos) => {
    for (const cue of l) {
      all.push(cue);
      const first = cue[0] ?? '';
      let node = roots.get(first);
      if (node === undefined) {
        node = { list: -1, next: null, any: null };
        roots.set(first, node);
      }
      for (let k = 1; k < cue.length; k++) {
        const w = cue[k] as string;
        let child: UnionTrie | undefined;
        if (w === '*') child = node.any ??= { list: -1, next: null, any: null };
        else {
          node.next ??= new Map();
          child = node.next.get(w);
          if (child === undefined) {
            child = { list: -1, next: null, any: null };
            node.next.set(w, child);
          }
        }
        node = child;
      }
      if (node.list < 0) node.list = pos;
    }
  });
  const list = index(all);
  for (const [first, group] of list.byFirst ?? []) (group as UnionGroup).union = roots.get(first);
  return { list, width: lists.length };
}

/**
 * The longest cue of the union's lists at token i, the earliest list on a tie: packed as
 * end * width + (width - 1 - the list's position), or -1. Read with `unionEnd` and `unionList`.
 */
export function unionAt(tokens: Token[], i: number, union: CueUnion): number {
  const t = tokens[i];
  if (t === undefined) return -1;
  const group = (t.cues !== undefined ? t.cues?.[union.list.id as number] : union.list.byFirst?.get(t.f)) as UnionGroup | undefined;
  const root = group?.union;
  if (root === undefined) return -1;
  const best = longestUnion(tokens, i, root, 1, union.width);
  return best < 0 ? -1 : best + i * union.width;
}

export function unionEnd(hit: number, union: CueUnion): number {
  return Math.floor(hit / union.width);
}

export function unionList(hit: number, union: CueUnion): number {
  return union.width - 1 - (hit % union.width);
}

/** As longestIn, packed as depth * width + (width - 1 - list): the larger is the better match. */
function longestUnion(tokens: Token[], i: number, node: UnionTrie, depth: number, width: number): number {
  let best = node.list >= 0 ? depth * width + (width - 1 - node.list) : -1;
  for (;;) {
    const t = tokens[i + depth];
    if (t === undefined) return best;
    if (node.any !== null) {
      const n = longestUnion(tokens, i, node.any, depth + 1, width);
      if (n > best) best = n;
    }
    const child = node.next === null ? undefined : node.next.get(t.f);
    if (child === undefined) return best;
    node = child;
    depth++;
    if (node.list >= 0) {
      const n = depth * width + (width - 1 - node.list);
      if (n > best) best = n;
    }
  }
}

/** First cue occurrence in [from, to): {s, e} or null. */
export function findCue(tokens: Token[], list: CueList, from = 0, to = tokens.length): { s: number; e: number } | null {
  for (let i = Math.max(0, from); i < to; i++) {
    // Most tokens start no cue of any list: skipped here without a call.
    if (tokens[i]?.cues === null) continue;
    const e = anyCueAt(tokens, i, list);
    if (e > 0) return { s: i, e };
  }
  return null;
}

/** Time words between an owner's "'s" and the post it owns: "Klarna's former head of growth". Folded single tokens. */
export const OWNED_POST_TIME_WORDS: ReadonlySet<string> = new Set(['former', 'ex-', 'then', 'longtime', 'long-time', 'outgoing', 'new', 'current', 'incoming', 'erstwhile']);

export const FORMER_WORDS = cues(`
ex- | ex | ancien | ancienne | anciens | anciennes | former | formerly | previously | precedemment | auparavant | anciennement | longtemps
jusqu' ici | jusqu' alors | jusqu' a present | jusque-la | was | were | had | etait | avait | fut | occupait | dirigeait | cumulait | exercait | a occupe | avait occupe | a ete | naguere | autrefois | before that
served | spent | latterly | having been | having served | having led | having run | having headed | most recently | avant d' etre | avant d' avoir ete | once | onetime | one-time | erstwhile | outgoing | sortant | sortante
troque sa casquette de | troque sa casquette d'
ousted | sacked | dismissed | fired
began his career | began her career | began their career | started his career | started her career | started their career | began my career | started my career
starting his career | starting her career | beginning his career | beginning her career
started as | began as | started out as | began life as | started off as
`);

export const CURRENT_WORDS = cues(`
actuellement | currently | l' actuel | l' actuelle | now | desormais | is | est | devient | deviendra | becomes | become
will be | sera | take over | takes over | will take over | taking over | prend la tete | prendra la tete | prend la direction | prendra la direction | nomme | nommee | named | appointed | promu | promue | promoted | elevated | has | have | prend | prendra | takes | devenu | devenue
rejoint | rejoindra | rejoindre | join | joins | joining | devenir | to become | nouveau | nouvelle | new | incoming | elected | elu | elue | reste | remains | demeure | succede
remain | will remain | stay on | stays on | will stay on | restera | demeurera | redevient | redeviendra | conserve | conservera | aujourd'hui | returns to | will return to | retourne a | retrouve | reprend
contre celle de | contre celle d' | contre celui de | contre celui d'
coopte | cooptee | designe | designee | reconduit | reconduite | confirme dans ses fonctions | confirmee dans ses fonctions | propulse | propulsee | bombarde | bombardee | recrute | recrutee
choisi comme | choisie comme | intronise | intronisee | installe au poste | installee au poste | titularise | titularisee | renouvele | renouvelee | appele | appelee | parachute | parachutee
transition to | transitions to | will transition to | transitioning to | to transition to | move to the role of | moves to the role of | moving to the role of | move into the role of | moves into the role of | moving into the role of
assume the role of | assumes the role of | will assume the role of | assuming the role of
`);

/** The company before these verbs hires the person after them. */
export const APPOINT_VERBS = cues(`
nomme | nommer | a nomme | named | names | appoints | appointed | hires | hired | recrute | recrutent | a recrute
choisi | a choisi | designe | a designe | a debauche | debauche | confie | a confie | promoted | promeut | taps | tapped
a jete son devolu sur | jette son devolu sur
picks | picked | poached | poaches | welcomes | accueille | annonce l' arrivee | announced the appointment
announced the appointment of | announces the appointment of | has announced the appointment of | annonce la nomination de | annonce la nomination d' | a annonce la nomination de | a annonce la nomination d'
naming | coopte | a coopte | coopter | co-opts | co-opted | chosen | has chosen | chose | selected | has selected | selects | has turned to | turned to | turns to | has brought in | brought in | brings in | lures | lured | has lured
snapped up | snaps up | has snapped up | fait entrer | a fait entrer | fera entrer
elected | elects | has elected | re-elected
a elu | ont elu | elit | a reelu | ont reelu | a porte | ont porte
s' attache les services de | s' attache les services d' | s' est attache les services de | s' est attache les services d' | s' offre les services de | s' offre les services d' | s' est offert les services de | s' est offert les services d'
s' assure les services de | s' assure les services d' | s' est assure les services de | s' est assure les services d'
approuve la nomination de | approuve la nomination d' | a approuve la nomination de | a approuve la nomination d' | ratifie la cooptation de | ratifie la cooptation d' | a ratifie la cooptation de | a ratifie la cooptation d'
renouvele le mandat de | renouvele le mandat d' | a renouvele le mandat de | a renouvele le mandat d' | renouvelle le mandat de | renouvelle le mandat d'
approved the appointment of | has approved the appointment of | approved the appointments of | ratified the appointment of | ratified the co-option of
annonce l' arrivee de | annonce l' arrivee d' | a annonce l' arrivee de | a annonce l' arrivee d' | officialise l' arrivee de | officialise l' arrivee d' | a officialise l' arrivee de | a officialise l' arrivee d'
renforce son equipe avec | renforce ses equipes avec | a renforce son equipe avec | a renforce ses equipes avec | se renforce avec | s' est renforce avec | se renforce avec l' arrivee de | se renforce avec l' arrivee d'
renforce son equipe avec l' arrivee de | renforce son equipe avec l' arrivee d' | renforce ses equipes avec l' arrivee de | renforce ses equipes avec l' arrivee d'
est alle chercher | est allee chercher | va chercher | est alle debaucher | est allee debaucher | a chipe | chipe
accueille dans ses rangs | accueille dans son equipe | accueille dans ses equipes | a accueilli | accueillera | accueille l' arrivee de | recrute a nouveau
`);

export const JOIN_VERBS = cues(`
rejoint | rejoindra | rejoindre | rejoignent | rejoignait | joins | joined | join | joining | integre | integrera
arrive chez | entre chez | entree chez | is leaving for | leaving for | leaves for | left for | moves to | moved to
heads to | part chez | partira chez | parti chez | partie chez | partis chez | parties chez | rallie | a rallie | ralliera
se joindre a | se joint a | se joindra a | se joignent a | s' est joint a | s' est jointe a
recrute par | recrutee par | embauche par | embauchee par | debauche par | debauchee par | hired by | recruited by | poached by
`);

/**
 * French hand-overs in every tense: "cède (cédera, a cédé, va céder…) sa place (son fauteuil,
 * les rênes…)", "laisse les rênes", "passe le relais", "transmet le flambeau", "remet les clés".
 * Each verb with the things the press hands with it ("passe les commandes" is left out: it
 * also places an order). The subject leaves; the one after "à" takes over.
 */
const HANDED: ReadonlyArray<[string[], string[]]> = [
  [['cede', 'cedera', 'a cede', 'avait cede', 'va ceder', 'ceder'], ['sa place', 'son fauteuil', 'son siege', 'les renes', 'les commandes', 'la barre', 'son poste', 'ses fonctions']],
  [['laisse', 'laissera', 'a laisse', 'avait laisse', 'va laisser', 'laisser'], ['sa place', 'son fauteuil', 'son siege', 'les renes', 'les commandes', 'la barre', 'les cles']],
  [['passe', 'passera', 'a passe', 'avait passe', 'va passer', 'passer'], ['la main', 'le relais', 'le flambeau', 'le temoin', 'les renes', 'la barre']],
  [['transmet', 'transmettra', 'a transmis', 'avait transmis', 'va transmettre', 'transmettre'], ['le flambeau', 'le relais', 'le temoin', 'les renes', 'la barre']],
  [['remet', 'remettra', 'a remis', 'avait remis', 'va remettre', 'remettre'], ['les cles', 'les renes', 'les commandes']],
];
export const HANDS_OVER_FR = HANDED.flatMap(([verbs, things]) => verbs.flatMap((v) => things.map((n) => `${v} ${n}`))).join(' | ');
/** Stepping aside, the subject leaving: "s'efface", "se retire" (au profit de Y). */
const STEPS_ASIDE_FR = ["s' efface", "s' effacera", "s' est efface", "s' est effacee", "va s' effacer", 'se retire', 'se retirera', "s' est retire", "s' est retiree", 'va se retirer'];
// ("se retire" alone also withdraws from a market or a shareholding: only "au profit de" makes it a hand-over)
export const STEPS_ASIDE = [...STEPS_ASIDE_FR.filter((v) => !v.includes('retir')), ...STEPS_ASIDE_FR.map((v) => `${v} au profit`)].join(' | ');
/** The same, up to the "à" (or "au profit de") before the one who takes over. */
export const HANDS_OVER_TO_FR = [
  ...HANDED.flatMap(([verbs, things]) => verbs.flatMap((v) => things.map((n) => `${v} ${n} a`))),
  ...HANDED.flatMap(([verbs, things]) => verbs.flatMap((v) => things.flatMap((n) => [`${v} ${n} au profit de`, `${v} ${n} au profit d'`]))),
  ...STEPS_ASIDE_FR.flatMap((v) => [`${v} au profit de`, `${v} au profit d'`]),
].join(' | ');

/** The person before these words leaves the job held until now. */
export const LEAVE_AFTER = cues(`
${HANDS_OVER_FR}
${STEPS_ASIDE}
quitte | quittera | quitter | a quitte | step down | steps down | stepped down | stepping down
stand down | stands down | stood down | standing down
retire | retires | retired | retiring | resigned | resigns | resign | leaves | left | is leaving | will leave | leave
quit | quits | has quit | have quit | quitting
announced his retirement | announced her retirement | announces his retirement | announces her retirement | has announced his retirement | has announced her retirement
demissionne | a demissionne | prend sa retraite | part a la retraite | be replaced | been replaced | sera remplace | sera remplacee
est remplace | est remplacee | was ousted | ousted | departs | departed | s' en va
prendra sa retraite | partira a la retraite | will retire | is due to retire | due to retire | is to retire
a pris sa retraite | est parti a la retraite | est partie a la retraite | fait valoir ses droits a la retraite | a fait valoir ses droits a la retraite
steps back | step back | stepped back | stepping back | steps aside | stepped aside | stepping aside | hands over | handed over | will hand over
hands the reins | handed the reins | is handing the reins | will hand the reins | handing the reins | is handing over | passes the baton | passed the baton | will pass the baton
was sacked | has been sacked | was fired | has been fired | was dismissed | has been dismissed | was removed | has been removed | was let go | has been let go
was forced out | has been forced out | was pushed out | has been ousted | is out as | is stepping aside | parted ways | have parted ways | has parted ways
are leaving | are both leaving | are stepping down | are both stepping down | have both resigned | have resigned | are retiring | are both retiring | will both leave | will both step down
announced her resignation | announced his resignation | has announced her resignation | has announced his resignation | tendered her resignation | tendered his resignation
handed in her resignation | handed in his resignation | submitted her resignation | submitted his resignation
's departure | 's exit | 's resignation | 's retirement | 's ouster | 's dismissal
exits | exited | will exit | is exiting
a ete remercie | a ete remerciee | ont ete remercies | est remercie | est remerciee
est evince | est evincee | a ete evince | a ete evincee | sera evince | sera evincee | est limoge | est limogee | a ete limoge | a ete limogee
est debarque | est debarquee | a ete debarque | a ete debarquee | est congedie | est congediee | a ete congedie | a ete congediee
est demis de ses fonctions | est demise de ses fonctions | a ete demis de ses fonctions | a ete demise de ses fonctions | sera demis de ses fonctions | sera demise de ses fonctions
est ecarte | est ecartee | a ete ecarte | a ete ecartee | est revoque | est revoquee | a ete revoque | a ete revoquee | est destitue | est destituee | a ete destitue | a ete destituee
est renvoye | est renvoyee | a ete renvoye | a ete renvoyee
est pousse vers la sortie | est poussee vers la sortie | a ete pousse vers la sortie | a ete poussee vers la sortie
avait ete remercie | avait ete remerciee | avait ete limoge | avait ete limogee | avait ete evince | avait ete evincee | avait ete revoque | avait ete revoquee | avait ete congedie | avait ete congediee | avait ete debarque | avait ete debarquee | avait ete demis de ses fonctions | avait ete demise de ses fonctions | avait demissionne
abandonne ce poste | abandonne son poste | abandonne ses fonctions | quitte ce poste | quitte son poste
jette l' eponge | a jete l' eponge | jettera l' eponge | tire sa reverence | tirera sa reverence | a tire sa reverence | raccroche les gants | raccrochera les gants | rend son tablier | a rendu son tablier | rendra son tablier
est sur le depart | sera sur le depart | claque la porte | a claque la porte
presente sa demission | a presente sa demission | remet sa demission | a remis sa demission | donne sa demission | a donne sa demission | remettra sa demission
annonce son depart | a annonce son depart | annonce sa retraite | a annonce sa retraite | annonce son depart a la retraite | a annonce son depart a la retraite
cesse ses fonctions | cessera ses fonctions | a cesse ses fonctions | met fin a ses fonctions | mettra fin a ses fonctions | a mis fin a ses fonctions
ne sollicitera pas | ne sollicite pas | ne se representera pas | ne se represente pas | ne briguera pas | ne brigue pas
se retire de ses fonctions | se retirera de ses fonctions | s' est retire de ses fonctions | s' est retiree de ses fonctions | se retire de la presidence | se retirera de la presidence | se retire de la direction | se retirera de la direction
ont decide de se separer | ont choisi de se separer | se separent | vont se separer | se sont separes
died | has died | dies | passed away | has passed away | decede | decedee | est decede | est decedee | s' est eteint | s' est eteinte | est mort | est morte | nous a quittes | nous a quittees
`);

/** French "taking over from" in every tense: "prend (prendra, a pris, va prendre…) la relève (le relais, la suite, la succession) de". */
const TAKE_FORMS = ['prend', 'prendra', 'a pris', 'prendre', 'prenait', 'avait pris', 'va prendre'];
const TAKEN_OVER = ['la releve', 'le relais', 'la suite', 'la succession'];
export const TAKES_OVER_FROM_FR = TAKE_FORMS.flatMap((v) => TAKEN_OVER.flatMap((n) => [`${v} ${n} de`, `${v} ${n} d'`])).join(' | ');

/** The person after these words is the one leaving. */
export const LEAVE_BEFORE = cues(`
remplace | remplacera | remplacer | replacing | replaces | replace | will replace | succede a | succeeds | succeeding
succeed | depart de | depart immediat de | depart avec effet immediat de | depart avec effet immediat d' | depart surprise de | depart inattendu de | depart precipite de | depart brutal de | depart en * de | depart en * d' | departure of | exit of | en remplacement de | demission de | resignation of
retraite de | takes over from | took over from | taking over from | will take over from | take over from
${TAKES_OVER_FROM_FR}
steps into the shoes of | stepped into the shoes of | will step into the shoes of | step into the shoes of
inherits the role from | inherited the role from | inherits the post from | inherits the job from | inherits the title from
filling the vacancy left by | fills the vacancy left by | filled the vacancy left by | will fill the vacancy left by
en lieu et place de | en lieu et place d'
has ousted | ousted | has sacked | sacked | has fired | has dismissed | dismissed | removed | has removed | fired
successor to | a successor to | replacement for | a replacement for | ouster of | dismissal of | retirement of
limoge | a limoge | limogera | a remercie | revoque | a revoque | congedie | a congedie | evince | a evince | a demis
met fin aux fonctions de | met fin aux fonctions d' | a mis fin aux fonctions de | a mis fin aux fonctions d' | met un terme aux fonctions de | met un terme aux fonctions d' | a mis un terme aux fonctions de | a mis un terme aux fonctions d'
a destitue | destitue | pousse vers la sortie | a pousse vers la sortie | ont pousse vers la sortie
se separe de | se separe d' | se separera de | se separera d' | s' est separe de | s' est separe d' | s' est separee de | s' est separee d' | va se separer de | va se separer d' | a decide de se separer de | a decide de se separer d'
`);

export const RUMOUR = cues(`
pressenti | pressentie | serait | seraient | pourrait | pourraient | would be | could be | in the running | sur les rangs
candidat | candidate | candidats | candidates | en lice | rumeur | rumoured | rumored | is said to | tipped | favori | favorite | frontrunner | shortlisted
being considered | is considered | are considered | under consideration | envisage pour | envisagee pour | short-list | shortlist
circule | circulent | circulait | cite pour | citee pour
`);

/**
 * A hire still being negotiated: "Acme is in talks to hire X as its next CFO". The post named
 * after it is no job yet (the person's past jobs stay facts).
 */
export const HIRE_TALKS = cues(`
in talks to hire | in talks to appoint | in talks to name | in talks to recruit | in talks to bring in
in discussions to hire | in advanced talks to hire | in early talks to hire | close to hiring | close to appointing
nearing a deal to hire | considering hiring | considering appointing | weighing hiring
en discussions pour recruter | en negociations pour recruter
`);

/** Career phrases: the companies after them are past employers (title unknown). */
/** "up to four words" written as wildcards: "as * * at" reads "as a process engineer at". */
const gaps = (before: string, after: string[], most = 4): string[] => {
  const out: string[] = [];
  for (let n = 1; n <= most; n++) for (const a of after) out.push(`${before} ${'* '.repeat(n)}${a}`);
  return out;
};
/** "after six years as an auditor at X", "previously built the data team at X": a past stay whose post the words between tell. */
const PAST_STAYS_AS = [
  ...gaps('after * years as', ['at', 'with']),
  ...gaps('after * decades as', ['at', 'with']),
  ...gaps('after a decade as', ['at', 'with']),
  ...gaps('previously', ['at']),
].join(' | ');
/** "started out as an apprentice fitter with X", "began her career as a trainee at X": the earliest job. */
const STARTED_AS = ['started out', 'began his career', 'began her career', 'began their career', 'started his career', 'started her career', 'started their career', 'got his start', 'got her start']
  .flatMap((o) => gaps(`${o} as`, ['at', 'with']))
  .join(' | ');

export const CAREER_FORMER = cues(`
${PAST_STAYS_AS}
dirigea | presida | pilota | codirigea | copresida | travailla chez | entra chez | rejoignit
passe par | passee par | passes par | passees par | passe successivement par | passee successivement par | passes successivement par | passees successivement par | vient de | vient d' | venu de | venue de | venu du | venue du | venu d' | venue d' | venait de | venait d' | passe aussi par | passee aussi par | passe egalement par | passee egalement par | passe notamment par | passee notamment par | fait ses armes chez | fait ses classes chez
a travaille chez | a travaille pour | avoir travaille chez | ayant travaille chez | a * travaille chez | avait travaille chez | avait * travaille chez | a * travaille pour | avait travaille pour | avait * travaille pour | travaillait chez | travaillait pour | travaillait depuis * chez | etait depuis * chez | officiait chez | evoluait chez | exercait chez
travaillait depuis * ans chez | travaillait depuis * annees chez | travaillait jusqu' ici chez | travaillait jusque-la chez | travaillait alors chez | travaillait auparavant chez | travaillait deja chez | officiait depuis * chez | officiait depuis * ans chez | officiait depuis * annees chez | officiait jusqu' ici chez | officiait jusque-la chez | officiait alors chez | officiait auparavant chez | officiait deja chez | evoluait depuis * chez | evoluait depuis * ans chez | evoluait depuis * annees chez | evoluait jusqu' ici chez | evoluait jusque-la chez | evoluait alors chez | evoluait auparavant chez | evoluait deja chez | exercait depuis * chez | exercait depuis * ans chez | exercait depuis * annees chez | exercait jusqu' ici chez | exercait jusque-la chez | exercait alors chez | exercait auparavant chez | exercait deja chez | etait depuis * ans chez | etait depuis * annees chez | etait jusqu' ici chez | etait jusque-la chez | etait alors chez | etait auparavant chez | etait deja chez
had been at | had been with | had worked at | had worked for | ancien de | ancienne de | anciens de | ex- | joins from | joined from | joining from
ancien d' | ancienne d' | anciens d' | passe auparavant par | passee auparavant par | etait passe par | etait passee par | passer par | passe ensuite par | passee ensuite par
apres des passages chez | apres un passage chez | passages chez | un passage chez | un bref passage chez | son passage chez | a egalement dirige | a aussi dirige | a notamment dirige | fait toute sa carriere chez | a demarre chez | avait demarre chez | demarre chez
a roule sa bosse chez | avait roule sa bosse chez | a * roule sa bosse chez | avait * roule sa bosse chez | avoir roule sa bosse chez | avoir officie chez
apres un long parcours chez | un long parcours chez | apres un passage a l' | un passage a l' | a successivement officie chez | a officie chez | a grandi chez
veteran of | alumnus of | alumna of | alumni of | formerly of | late of | formerly with | previously of | previously at | previously with | worked at | worked for | early employee of
away from | poached from | debauche chez | debauchee chez | debauches chez | debauchees chez | cv affiche | cv compte | cv mentionne | avant de rejoindre | before joining | before moving to | avant de passer chez | avant d' integrer | avant de rallier | avant d' entrer chez | issu de | issue de | en provenance de | en provenance d' | en provenance du | transfuge de | transfuge d' | transfuge du
after stints at | after a stint at | an earlier stint at | an early stint at | a brief stint at | a spell at | an early spell at | a brief spell at | spells at | moves over from | moved over from | moving over from | comes from | came from | comes over from | came over from | after a career at | after a career with | after years at | apres une carriere chez | debauche de | debauchee de | debauche d' | debauchee d' | de chez | stints at | a stint at | experience from | experience at | arrive de | arrivee de | arrive d' | arrivee d' | forme chez | formee chez | trained at
hails from | hailed from | hail from | roles of increasing responsibility at | positions of increasing responsibility at | held roles at | held positions at | held roles with | held positions with | cut her teeth at | cut his teeth at | cut their teeth at | cut her teeth with | cut his teeth with | started at | practiced at | practised at | previously practiced at | a exerce chez | precedemment chez | auparavant chez | anciennement chez | jusqu'ici chez | jusqu' ici chez | jusqu' a present chez | jusqu' alors chez | jusque-la chez | a * officie chez | avait officie chez | ayant officie chez | etait chez | etait precedemment chez | was previously at | was at | previously ran | formerly ran | previously led | formerly led | a dirige | avait dirige | roles at | positions at | posts at | roles with | positions with | postes chez | fonctions chez | quitte son poste chez | a quitte son poste chez | quittera son poste chez | quitte son poste au sein de | quitte son poste au sein d' | a quitte son poste au sein de | postes de direction chez | fonctions de direction chez | postes de responsabilite chez | experience chez | experience notamment chez | experience , notamment chez | experience en * , notamment chez | experience en * chez | debute chez | debuted at | a debute chez | sa carriere chez | carriere chez | former | formerly at | quitte | a quitte | leaves | left | is leaving | will leave | leaving
quits | quit | has quit | exits | exited | has exited | departs | departed | has departed | resigned from | resigns from | has resigned from
stepped down from | steps down from | retired from | retires from | will retire from | stood down from | stands down from
quittent | ont quitte | quitteront
parcours chez | son parcours chez | l' essentiel de son parcours chez | sa carriere au sein de | sa carriere au sein d' | son parcours au sein de | son parcours au sein d' | a fait carriere chez | avait fait carriere chez | fait carriere chez
debarque de | debarquee de | debarque d' | debarquee d' | debarque du | debarquee du | partie de | partie d' | partie du | est parti de | est partie de | est parti d' | est partie d'
`);

/** Career phrases that mark the earliest job ("au début de son parcours" → order -1). */
export const CAREER_START = cues(`
${STARTED_AS}
a commence sa carriere chez | commence sa carriere chez | fourbi ses premieres armes chez | fait ses premieres armes chez | premieres armes chez | a demarre chez | avait demarre chez | demarre chez | a demarre sa carriere chez | avait demarre sa carriere chez | des debuts chez | ses debuts chez | debuts chez | a fait ses debuts chez | debute chez | a debute sa carriere chez | debute sa carriere chez
began his career at | began her career at | began their career at | started his career at | started her career at
started their career at | began his career with | began her career with | started his career with | started her career with
began my career at | started my career at | began my career with | started my career with | began my career in * at | started my career in * at | j' ai commence ma carriere chez | j' ai debute chez | j' ai debute ma carriere chez
began his career in * at | began his career in * * at | began her career in * at | began her career in * * at | began their career in * at | began their career in * * at | started his career in * at | started his career in * * at | started her career in * at | started her career in * * at | started their career in * at | started their career in * * at
`);

export const EARLY_MARKERS = cues(`
au debut de son parcours | au debut de sa carriere | en debut de carriere | early in his career | early in her career
early in their career | at the start of his career | at the start of her career | early in my career | at the start of my career | au debut de ma carriere
`);

/**
 * Past tenses and career openers of a French career story ("Cette ancienne de X a ensuite
 * occupé…", "il a gravi les échelons chez…", "avant de devenir…"): the jobs it tells are past
 * when the person takes a new one elsewhere.
 */
export const PAST_STORY = cues(`
a ensuite | avait ensuite | a occupe | avait occupe | a ete | avait ete | etait | occupait | dirigeait | a dirige | avait dirige
a gravi | avait gravi | a passe | avait passe | a fait | avait fait | a debute | avait debute | a commence | avait commence
a travaille | avait travaille | a exerce | avait exerce | a officie | avait officie | a roule | a pilote | avait pilote | avait rejoint
apres avoir | avant de devenir | avant d' etre | ancien de | ancienne de | ancien d' | ancienne d' | cet ancien | cette ancienne
`);

/** "spent a decade at", "spent eight years at": spent + up to four words + at. */
export const SPENT = cues('spent | a passe | passe');

/** Companies after these are joined (current, title unknown unless given). */
export const CAREER_CURRENT = cues(`
pour rejoindre | to join | will join | va rejoindre | resigned to join | rejoint | rejoindra | rejoindre | joins | joined | is leaving for | leaving for | is joining | are joining | join
rejoignent | rejoindront | ont rejoint | vont rejoindre | arrivent chez | arriveront chez | sont arrives chez | entrent chez | integrent | ont integre
se joindre a | se joint a | se joindra a | se joignent a | s' est joint a | s' est jointe a
elected to the board of | elected to the * board of | elected to the board of directors of | elected to the boards of
appointed to the board of | appointed to the * board of | appointed to the board of directors of | named to the board of | named to the * board of | named to the board of directors of
joins the board of | joined the board of | join the board of | will join the board of | joins the * board of | joined the * board of | join the * board of | will join the * board of
sits on the board of | sit on the board of | serves on the board of | sits on the boards of | sit on the boards of | serves on the boards of | also sits on the boards of | siege au conseil d' administration de | siege au conseil d' administration d' | siege au conseil de surveillance de
siege au conseil de | siege au conseil d' | siege egalement au conseil de | siege egalement au conseil d' | siege aussi au conseil de | siege aussi au conseil d'
siege * au conseil d' administration de | siege * au conseil d' administration d' | siege * au conseil de surveillance de | siege * au conseil de surveillance d'
siege * * au conseil d' administration de | siege * * au conseil d' administration d' | siege * * au conseil de surveillance de | siege * * au conseil de surveillance d'
parti chez | partie chez | part chez | partira chez | passe chez | passee chez
starts at | will start at | is due to start at | is set to start at | is to start at | starts work at | will start work at | begins work at | will begin work at
takes up * new role at | takes up * new post at | takes up * new job at | takes up * new position at | will take up * new role at | will take up * new post at | will take up * new position at
begins * new role at | begins * new job at | will begin * new role at | will begin * new job at | starts * new role at | starts * new job at | will start * new role at | will start * new job at
prend ses fonctions chez | prendra ses fonctions chez | a pris ses fonctions chez | prendre ses fonctions chez | va prendre ses fonctions chez
prend ses nouvelles fonctions chez | prendra ses nouvelles fonctions chez | a pris ses nouvelles fonctions chez
entre en fonction chez | entrera en fonction chez | entre en fonctions chez | entrera en fonctions chez | est entre en fonction chez | est entree en fonction chez
debutera chez | va debuter chez | commencera chez | va commencer chez | demarrera chez | debutera ses fonctions chez | commencera ses fonctions chez
pose ses valises chez | posera ses valises chez | a pose ses valises chez | pose ses valises a | a pose ses valises a
parti rejoindre | partie rejoindre | partis rejoindre | parti presider | partie presider
leaves for | left for | moves to | moved to | is moving to | will move to | heads to | departed for | departs for | departing for | has departed for
decamped to | decamps to | has decamped to | defected to | has defected to
hired by | recruited by | poached by | tapped by | brought in by | headhunted by | lured by | snapped up by | lured away by | poached away by
for a role at | for a job at | to take a role at | to take up a role at | for a post at | pour un poste chez
to a new role at | into a new role at | to a new position at | to a new post at | to a new role with | into a role at
arrive chez | arrivee chez | arrives chez | arrivees chez | arrivera chez | est arrive chez | est arrivee chez | debarque chez | debarquera chez | a debarque chez | atterrit chez | a atterri chez | atterrira chez
fait son entree chez | a fait son entree chez | fera son entree chez | fait son retour chez | a fait son retour chez | fera son retour chez | revient chez | reviendra chez | est revenu chez | est revenue chez
entre chez | entrera chez | est entre chez | est entree chez | a integre | avait integre | integrera
entre au comite executif de | entre au comite executif d' | entrera au comite executif de | est entre au comite executif de | est entree au comite executif de
entre au comite de direction de | entre au comite de direction d' | entre au directoire de | entre au directoire d'
fait son entree au comite executif de | fait son entree au conseil d' administration de | fait son entree au conseil de surveillance de | fait son entree au directoire de | fait son entree au board de | entre au board de | fait son entree au board d' | entre au board d'
entre au conseil d' administration de | entre au conseil d' administration d' | entre au conseil de surveillance de | entre au conseil de surveillance d'
recrute par | recrutee par | recrutes par | recrutees par | embauche par | embauchee par | debauche par | debauchee par
travaille chez | travaille pour | travaille depuis * chez | travaille depuis * ans chez | travaille aujourd'hui chez | travaille desormais chez | travaille actuellement chez | travaille au sein de | travaille au sein d'
en poste chez | en poste au sein de | en poste au sein d' | salarie de | salariee de | salarie d' | salariee d' | salarie chez | salariee chez | employe chez | employee chez
aujourd'hui chez | desormais chez | actuellement chez | maintenant chez | aujourd'hui au sein de | desormais au sein de
nouvelle recrue de | nouvelle recrue d' | nouvelle recrue du | derniere recrue de | derniere recrue d' | derniere recrue du
fait son come-back chez | a fait son come-back chez | est de retour chez | sera de retour chez | fait son retour au sein de | revient au sein de
integre | rallie | a rallie | ralliera | rallient | ont rallie | vient de rallier | vient de rejoindre | vient d' integrer
renforce l' equipe de | renforce l' equipe d' | renforce les equipes de | renforce les equipes d' | renforcera l' equipe de | renforcera les equipes de | a renforce l' equipe de | a renforce les equipes de
vient renforcer l' equipe de | vient renforcer l' equipe d' | vient renforcer les equipes de | vient renforcer les equipes d' | viendra renforcer l' equipe de | viendra renforcer les equipes de
arrive a la direction de | arrive a la direction d' | arrive a la direction * de | arrive a la direction * d' | arrive a la direction generale de | arrive a la presidence de | arrive a la presidence d' | arrive a la presidence du
signe son arrivee chez | officialise son arrivee chez | a signe son arrivee chez | met ses competences au service de | mettra ses competences au service de | met son experience au service de | mettra son experience au service de
rejoint les equipes de | rejoint les equipes d' | a rejoint les equipes de | a rejoint les equipes d' | rejoindra les equipes de | integre les equipes de | integre les equipes d'
grossit les rangs de | grossit les rangs d' | vient grossir les rangs de | vient grossir les rangs d' | rejoint les rangs de | rejoint les rangs d' | a rejoint les rangs de | rejoindra les rangs de
`);

/** Taking the lead of a company ("prend la tête de X", "takes the helm at X"): a current job. */
export const CAREER_LEAD = cues(`
prend la tete de | prendra la tete de | a pris la tete de | prend la tete du | prendra la tete du | a pris la tete du
prend la direction de | prendra la direction de | prend la direction du | prend la direction generale de
prendra la direction generale de | prend les renes de | prendra les renes de | prend les renes du
prend la presidence de | prendra la presidence de | prend la presidence du | est porte a la tete de
prendra la presidence du | a pris la presidence de | a pris la presidence du | prendra la direction du
a pris la direction de | a pris la direction du | prend la direction generale du | prendra la direction generale du
prendra les renes du | a pris les renes de | a pris les renes du
prend la presidence du directoire de | prendra la presidence du directoire de | a pris la presidence du directoire de
prend la presidence du conseil de surveillance de | prendra la presidence du conseil de surveillance de
prend la presidence du conseil d' administration de | prendra la presidence du conseil d' administration de
a pris la presidence du conseil d' administration de | a pris la presidence du conseil de surveillance de
takes the helm at | took the helm at | will take the helm at | takes the helm of | took the helm of | takes over at | took over at
will lead | to lead | to run | to head | a la tete de | a la tete du | at the helm of
aux commandes de | aux commandes du | aux commandes d' | aux manettes de | aux manettes du | aux manettes d'
prend la tete des | prendra la tete des | a pris la tete des | prend la direction des | prendra la direction des | a pris la direction des | prend la direction generale des | prendra la direction generale des
prend les renes des | prendra les renes des | a pris les renes des | prend la presidence des | prendra la presidence des | a pris la presidence des | a la tete des | aux commandes des
tient les renes de | tient les renes du | tient les renes d' | tient la barre de | tient la barre du | tient la barre d' | tiendra les renes de | tiendra les renes du
pour diriger | pour presider | pour piloter | a diriger | a presider | pour codiriger
a la direction generale de | a la direction generale d' | a la direction generale du | a la presidence de | a la presidence d' | a la presidence du | a la direction de | a la direction d'
monte au conseil d' administration de | monte au conseil d' administration d' | monte au conseil de surveillance de | monte au conseil de surveillance d' | monte au directoire de | monte au comite executif de
appele a la tete de | appelee a la tete de | appele a la tete du | appelee a la tete du | appele a la presidence de | appelee a la presidence de | appele a la presidence du | appelee a la presidence du
appele a la direction de | appelee a la direction de | appele a la direction generale de | appelee a la direction generale de | appele a la direction du | appelee a la direction du
porte a la presidence de | portee a la presidence de | porte a la presidence du | portee a la presidence du | portee a la tete de | porte a la tete du | portee a la tete du
prend la direction generale | prendra la direction generale | a pris la direction generale | va prendre la direction generale | prend la presidence | prendra la presidence | a pris la presidence | va prendre la presidence
conserve la presidence | conservera la presidence | garde la presidence | gardera la presidence | conserve la presidence de | conservera la presidence de | conserve la presidence du | conservera la presidence du | garde la presidence de | gardera la presidence de | garde la presidence du | gardera la presidence du
`);

/** Verbs whose subject is a person: a Titlecase name before them is a person's name. */
export const PERSON_PREDICATES = cues(`
est nomme | est nommee | a ete nomme | a ete nommee | sera nomme | sera nommee | est promu | est promue | devient | deviendra
rejoint | rejoindra | succede | quitte | quittera | prend la tete | prendra la tete | est appele | est appelee
becomes | will become | joins | will join | has been named | has been appointed | was named | was appointed | has joined
succeeds | will succeed | steps down | will step down | stepped down | takes over | will take over | is promoted | was promoted
has left | left | leaves | is leaving | will leave | exits | has exited | resigned | resigns | has resigned | retires | will retire | has retired | retired
quits | has quit | departs | has departed | is stepping down | has stepped down | is to step down | took over | has taken over
stands down | will stand down | stood down | is standing down | has stood down | is to stand down
was hired | has been hired | has been promoted | was elected | has been elected | takes the helm | took the helm | joined | has rejoined | rejoins
`);

export const PERSON_PRONOUNS = new Set(['il', 'elle', 'he', 'she', 'him']);
export const PERSON_DESCRIPTIONS = cues(`
ce dernier | cette derniere | le nouveau venu | la nouvelle venue | l' interesse | l' interessee | the newcomer
le nouveau directeur | la nouvelle directrice | ce diplome | cette diplomee | the executive | le dirigeant | la dirigeante
celle qui | celui qui
`);

/**
 * French phrases of a past stay that end right before the firm ("Passée par Airbus, X est
 * nommée…", "Ancien de Renault, X devient…", "Après dix ans chez Safran, X est nommé…"). A new
 * post is not held where the person comes from (French only: the English fallbacks keep theirs;
 * not "a débuté / a fait carrière chez", which a promotion from within tells too).
 */
export const PAST_STAY_FR = cues(`
passe par | passee par | passes par | passees par | ancien de | ancienne de | ancien d' | ancienne d' | anciens de | anciennes de
forme chez | formee chez | venu de | venue de | venu d' | venue d' | en provenance de | en provenance d'
apres * ans chez | apres * annees chez | apres * ans passes chez | apres * ans au sein de | apres * ans au sein d' | apres * annees au sein de | apres un passage chez | apres des passages chez
apres une carriere chez | apres avoir travaille chez | apres avoir quitte | ayant travaille chez | a travaille chez | a * travaille chez
a travaille * ans chez | avait travaille * ans chez | a passe * ans chez | avait passe * ans chez | a passe * annees chez | ayant passe * ans chez
precedemment chez | auparavant chez | jusqu' ici chez | jusqu'ici chez | jusqu' alors chez | jusque-la chez | travaillait chez | officiait chez | ex- | ex
`);
