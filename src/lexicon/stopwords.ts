/**
 * Words that may be capitalised (sentence start, headlines) but never start a name:
 * function words, pronouns, frequent sentence-initial adverbs and verbs, months, days.
 * Stored folded (lowercase, no accents) — compare with `foldToken`.
 */
const FR = `le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes
il elle ils elles on nous vous je tu lui eux celui celle ceux qui que quoi dont ou quel quelle
et mais ou donc or ni car puis ensuite enfin aussi ainsi alors deja encore toujours jamais
en dans sur sous par pour avec sans chez entre vers depuis pendant avant apres contre selon outre malgre parmi
jusqu jusqu'ici jusqu'alors desormais actuellement auparavant precedemment anciennement recemment finalement egalement notamment
ici la-bas comment pourquoi quand combien
deux trois quatre cinq six sept huit neuf dix cent mille premier premiere second seconde dernier derniere nouveau nouvelle
tout tous toute toutes chaque plusieurs certains certaines autre autres meme
cote cotee passe passee entre entree ancien ancienne ex diplome diplomee fort forte face venu venue venus venues formee
est sont etait sera ont a avait fait
c'est selon apres
celle-ci celui-ci ceux-ci celles-ci celle-la celui-la ceux-la celles-la`;

const EN = `the a an this that these those its his her their our your my it he she they we you i
and but or nor so yet then also thus however meanwhile separately moreover still already
in on at by for with without from into onto of to as about after before during since until over under between
here there when where why how what which who whom whose while if
one two three four five six seven eight nine ten first second last new former previously currently
all each every some many most other another such both either neither
is are was were be been being has have had will would can could should may might must do does did
according despite including following amid among prior
additionally finally recently currently previously similarly notably importantly ultimately initially
eventually subsequently consequently accordingly alternatively specifically unfortunately fortunately
interestingly overall earlier later today yesterday tomorrow instead likewise nonetheless nevertheless
separately meanwhile furthermore
naguere autrefois jadis sinon toutefois cependant neanmoins pourtant ailleurs aujourd hier demain desormais enfin surtout entre-temps entretemps
mr mrs ms dr dre m mme mmes mlle me`;

const MONTHS_FR = 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre';
const MONTHS_EN = 'january february march april may june july august september october november december';
const DAYS = `lundi mardi mercredi jeudi vendredi samedi dimanche
monday tuesday wednesday thursday friday saturday sunday`;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/**
 * Verbs that Title Case headlines and press-release titles write with a capital ("Quelvra
 * Health Appoints Marcus X as…"): they end the name before them and start none. Folded.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  words(`appoints names hires promotes taps picks adds welcomes announces expands launches opens enters acquires
joins selects elects unveils completes signs raises secures strengthens bolsters nominates recruits poaches
appointed named hired promoted
nomme recrute promeut accueille annonce ouvre lance rejoint choisit renforce`),
);

/** The definite articles before a name or a description ("la banque X", "the firm"), folded. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', "l'", 'la', 'le']);

/** Articles that open an apposition after a comma ("X, the London bank,", "X, une PME lyonnaise,"). Folded. */
export const APPOSITIVE_DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une']);

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...words(FR),
  ...words(EN),
  ...words(MONTHS_FR),
  ...words(MONTHS_EN),
  ...words(DAYS),
]);

/** Month word (folded) → 1..12, French and English, with common abbreviations. */
export const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  words(MONTHS_FR).forEach((m, i) => map.set(m, i + 1));
  words(MONTHS_EN).forEach((m, i) => map.set(m, i + 1));
  const abbr = 'jan feb mar apr jun jul aug sep sept oct nov dec janv fevr avr juil';
  const num = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12, 1, 2, 4, 7];
  words(abbr).forEach((m, i) => map.set(m, num[i] ?? 1));
  return map;
})();
