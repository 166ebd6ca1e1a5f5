/**
 * The words the expansion rules look for, in French and English: cue phrases (folded token
 * sequences, matched with cues.ts) and word sets. Kept apart from the rules so that adding a
 * verb or a noun is a one-line dictionary change, reviewed as such.
 */
import { cueList } from '../cues.js';

const cues = cueList;

/** A sentence with one of these states no fact: plans, talks, rejected or weighed places. */
export const BLOCKERS = cues(`ruled out | rejected | rejete | rejetee | ecarte | ecartee | abandonne | abandonnee | shelving | shelved | in talks | en discussion | en discussions | pourrait | pourraient | could | might | envisage | envisagee | envisages | envisagees | envisagerait | repousse | repoussee | reporte a | postponed | delayed | considering | aurait pu | had planned | weighing | weighs | is weighing | exploring | explores | scouting | shortlisted | evaluated | evaluating | is evaluating | a l' etude | est a l' etude | no decision | not made a decision | pas encore tranche | looked at | had looked at | before settling on | avant de retenir | avant d' opter pour | dropped plans | scrapped | scraps | no plans | has no plans | will not open | won't open | n' ouvrira pas | ne prevoit pas | ne verra pas le jour | ne verra finalement pas le jour | ne verra jamais le jour | reportedly | is said to | people familiar | selon la presse | is studying | etudie la possibilite`);
/**
 * From these words on, the sentence states a plan, a hope or a hesitation; what it said before
 * stands ("ouvre un bureau à Lille et prévoit de recruter…", "as the airline seeks to…").
 */
export const FORWARD_BLOCKERS = cues(`hopes to | hope to | aims to | seeks to | espere | ambitionne | plans to | plan to | planned to | planning to | prevoit | prevoient | prevoyait | projette | projettent | weighed | had weighed | hesiter | hesite | hesitent | hesitait | torn between | un temps evoque | un temps evoquee | renonce a son projet | renonce a ses projets | renonce au projet | renonce a son | renonce a sa | abandonne son projet | gives up its plan | gave up its plan | abandons its plan | abandoned its plan`);
/** French conditionals end so ("ouvrirait", "lanceraient"): a rumour or a plan. "devrait(ent)" is an expectation ("Deux bureaux devraient ouvrir"), and these nouns only look like conditionals. */
export const NOT_CONDITIONAL = new Set('devrait devraient portrait portraits retrait retraits extrait extraits attrait attraits trait traits abstrait distrait soustrait'.split(' '));
/**
 * "would" states a plan unless it reports what the company said it would do: "said it would
 * open an office" (but "said the deal would help it enter…" is a hope).
 */
export const FIRM_AFTER_WOULD = new Set('open launch build set enter create establish start invest expand list move begin add be also'.split(' '));
export const REPORTING = new Set('said says announced confirmed added adding told indique indiquait annonce a annonce precise explique'.split(' '));
/** Words just before a place that make it no expansion place: studied, headquarters, "rather than". */
export const PLACE_EXCLUDERS = new Set('considered studied etudie etudiee etudies envisage envisagé hors outside siege headquarters headquartered based basee base rather instead plutot renonce renoncer abandoned dropped'.split(' '));
/** Offices, and the plants, factories and warehouses a company runs outside its headquarters. */
export const OFFICE_NOUNS = new Set('bureau bureaux antenne antennes agence agences locaux site sites office offices hub outpost campus centre centres center centers studio studios filiale subsidiary usine usines plant plants factory factories gigafactory entrepot entrepots warehouse warehouses facility facilities succursale succursales branch branches lab labs laboratoire laboratoires'.split(' '));
/** "head office", "main office", "registered office": headquarters, not an expansion. */
export const HEAD_WORDS = new Set(['head', 'main', 'registered', 'principal']);
/** Subsidiaries are offices only in a city ("une filiale à Hambourg"); in a country they are markets. */
export const SUBSIDIARY_NOUNS = new Set(['filiale', 'subsidiary']);
export const STRICT_OFFICE_NOUNS = new Set(['filiale', 'subsidiary', 'studio', 'studios', 'succursale', 'succursales', 'branch', 'branches', 'lab', 'labs', 'laboratoire', 'laboratoires']);
/** Shops opened in a city are markets: "inaugure son premier magasin à Milan", "opens a store in Oslo". */
export const STORE_NOUNS = new Set('magasin magasins boutique boutiques store stores shop shops flagship showroom hotel hotels restaurant restaurants etablissement etablissements resort resorts'.split(' '));
/** A service counts like a shop when it is the first one somewhere: "avec un premier service à Rennes". */
export const SERVICE_NOUNS = new Set(['service', 'services']);
export const FIRST_WORDS = new Set(['premier', 'premiere', 'premiers', 'premieres', 'first']);
/** Verbs of opening: centres and shops count only when opened ("opening an authentication center in X"). */
export const OPEN_VERBS = new Set('ouvre ouvrent ouvrira ouvriront ouvert ouverte ouvrir ouverture inaugure inaugurera inaugurent inaugurer inauguration open opens opened opening inaugurates inaugurated unveils unveiled launches launched'.split(' '));
/** Plants and warehouses count only with a place after them ("une usine à Tartu", not "factory robots in Munich"). */
export const PLANT_NOUNS = new Set('usine usines plant plants factory factories gigafactory entrepot entrepots warehouse warehouses facility facilities'.split(' '));
export const CENTRE_NOUNS = new Set(['centre', 'centres', 'center', 'centers']);
export const CENTRE_ADJ = new Set('data design innovation research r&d tech technology engineering development service services distribution logistics delivery operations support training excellence competence competences expertise'.split(' '));
/** Verbs of allying: "s'allie avec X", "s'associe à X", "teams up with X", "partners with X". */
export const PARTNER_VERBS = cues(`s' allie | s' allient | s' associe | s' associent | teams up | teamed up | team up | partners | partnered | joins forces | joined forces | join forces | s' est allie | s' est associe | noue une alliance | signed an mou | signs an mou | signed a memorandum | collabore | collaborera | collaborent | collaborates | collaborated | collaborate | cooperates | cooperated | devient partenaire | becomes a partner | became a partner`);
export const PARTNER_NOUNS = new Set('partenariat partenariats accord accords accord-cadre accords-cadres consortium alliance joint-venture coentreprise co-entreprise partnership partnerships agreement deal alliance contrat contract collaboration memorandum mou tie-up tie-ups pact entente cooperation'.split(' '));
export const IPO = cues(`introduction en bourse | introduction sur | cotation sur | entree en bourse | entree a la bourse | son entree sur | listed its shares on | listing of its shares on | debuted on | float on | floated in | ipo on | entrera en bourse | entre en bourse | fait son entree en bourse | fera son entree en bourse | sera cote | sera cotee | introduit en bourse | introduite en bourse | introduits en bourse | cote sur | cotee sur | cote au | cotee au | cote a | cotee a | cotes sur | cotees sur | cote en | cotation sur | cotation a | ipo | initial public offering | listed on | listed in | trades on | traded on | trading on | shares trade on | listing on | listing in | debut on | began trading on | started trading on | went public on | floated on | flotation on | premiere cotation | debute en bourse | a debute en bourse | premiers pas en bourse | premiers pas sur | introduction a la bourse | made its market debut on | makes its market debut on | market debut on | stock market debut on | listed its shares in | dual listing on`);
/** Selling in a country (only countries count): "supplies supermarkets in Belgium", "vend ses produits en Suisse", "un quart de ses ventes en Italie". */
export const SALES = cues(`supply | will supply | ses ventes en | ses ventes au | ses ventes aux | son chiffre d' affaires en | son chiffre d' affaires au | of its sales in | of its revenue in | its sales in | its revenue in | supplies | supplied | sells in | sells its products in | sold in | sells to customers in | vend ses produits en | vend ses produits au | vend ses produits aux | commercialise ses produits en | commercialise ses produits au | distribue ses produits en | distribue ses produits au`);
/** Debuts count as listings only on a named exchange: "a fait ses débuts mercredi sur Euronext Growth". */
export const DEBUT = cues(`fait ses debuts | fera ses debuts | made its debut | makes its debut | debuts on | debuted on`);
export const MARKET_FR = cues(`se lance | son arrivee en | son arrivee au | son arrivee aux | se deploie | se deploiera | deploiement en | deploiement au | lance ses services | lance son offre | lance ses activites | lancera ses activites | une filiale en | une filiale au | une filiale aux | a subsidiary in | a la conquete de | a la conquete du | a la conquete des | part a la conquete | etend ses activites | etend sa presence | s' ouvre au | s' ouvre a | present en | presente en | present au | presente au | presents en | est present a | est presente a | deja present a | deja presente a | deja presents a | deja presentes a | sont presents a | est deja present a | est deja presente a | s' implanter | s' etendre | s' installer | debarquer | s' est lance | s' est lancee | se lancera | se lancer | lancement | s' implante | s' implantera | arrive | arrivera | debarque | debarquera | s' etend | s' installe | investit | investira | s' attaque au marche | entre sur le marche | met un pied en | met un pied au | met un pied aux | mettra un pied en | pose ses valises en | pose ses valises au | pose ses valises aux | posera ses valises en | prend pied en | prend pied au | prend pied aux | a pris pied en | pris pied au | fait son entree en | fait son entree au | fait son entree aux | met le cap sur | est implante en | est implantee en | est implante au | est implantee au | deja implante en | deja implantee en | deja implantee au | deja implante au | opere en | opere au | opere aux | disponible en | disponible au | disponibles en | disponibles au | demarre ses activites en | demarre ses activites au | commence ses activites en | commence ses activites au | fait ses premiers pas en | fait ses premiers pas au | etend son reseau en | etend son reseau au | part a l' assaut de | part a l' assaut du | pose le pied en | pose le pied au | s' exporte en | s' exporte au | ouvre le marche | conquerir | conquiert | conquerra | distribuee en | distribuees en | distribues en | distribuee au | distribuee aux | etre distribue en | etre distribuee en | sera distribue en | sera distribuee en | ouvre des lignes vers | ouvrira des lignes vers | dessert desormais | desservira`);
export const MARKET_EN = cues(`launched in | launches in | expands its presence in | moved into | moves into | set foot in | present in | operates in | operating in | launch in | launched its service in | launched its services in | launched operations in | expanded to | expanded into | expands to | expands into | expanding to | expanding into | expansion into | expansion to | entered | enters | entering | arrives in | arrived in | arrives | arrive | arrived | rolled out in | rolls out in | roll out in | rolling out in | starting with | debuted in | enter | will enter | launch services in | launches services in | launched services in | launch operations in | launches operations in | begin operations in | began operations in | set up shop in | sets up shop in | goes live in | went live in | go live in | starts operations in | started operations in | establishes a presence in | established a presence in | set up operations in | sets up operations in | is available in | now available in | became available in | has a presence in | makes its debut in | made its debut in | broke into | breaks into | pushes into | pushed into | pushing into | moving into | move into | branched out to | branches out to | set up in | sets up in | began selling in | started selling in | begins selling in | is live in | now live in | extends to | extended to | expanding its footprint to | expanded its footprint to | opened its doors in | opens its doors in | serves customers in | now serves customers in | operate in | to operate in | expand into | expand to | start flights to | starts flights to | will start flights to | launch flights to | launches flights to | launched flights to | begin flights to | begins flights to | new routes to | distributed in | sold in stores in`);
/** Prepositions whose object is not the subject of the expansion ("backed by a fund", "en Bourse"). */
export const OBJECT_PREPS = new Set(['behind', 'derriere', 'by', 'par', 'with', 'avec', 'of', 'de', "d'", 'du', 'des', 'from', 'at', 'chez', 'to', 'a', 'en', 'in', 'on', 'sur', 'au', 'aux', 'for', 'pour']);
export const SHARES = new Set(['shares', 'stock', 'actions', 'action', 'titre', 'titres']);
export const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'it', 'they']);
export const RELATIVES = new Set(['which', 'qui']);
/** Words that may sit between a cue and its places: "à Munich et Berlin", "in Lyon, then Nantes". */
export const PREPS = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'dans', '(', 'et', 'and', ',', 'to', 'into', 'the', "l'", 'la', 'le', 'les', 'sur']);
/** "France is our second market", "Italy is its largest market", "l'Espagne, son premier marché". */
export const OUR = new Set(['notre', 'our', 'its', 'their', 'son', 'leur']);
/** "its home market" is where it comes from, not where it expands. */
export const HOME_WORDS = new Set(['home', 'domestic', 'domestique', 'historique', 'natural', 'naturel']);
/** "to launch its payments service in Peru", "lance son offre de crédit au Pérou": a launch with a place. */
export const LAUNCH_VERBS = new Set('launch launches launched launching lance lancera lancer lancent roll rolls rolled rolling deploy deploys deployed deploie deploiera'.split(' '));
export const POSSESSIVE_DETS = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
export const PLACE_PREPS = new Set(['in', 'en', 'au', 'aux', 'a', 'dans']);
/** "Après le Portugal, il se lance en Grèce": the earlier market. */
export const AFTER_WORDS = new Set(['apres', 'after']);
export const MARKET_NOUNS = new Set(['marche', 'market']);
/** "Après la Belgique, où nous sommes présents": words that make a "where" clause a market. */
export const PRESENT_WORDS = new Set(['present', 'presents', 'presente', 'presentes', 'active', 'actifs', 'actif', 'operate', 'operates']);
export const DEAL_DETS = new Set(['le', 'la', "l'", 'les', 'the', 'un', 'une', 'a', 'an']);
export const DEAL_LINKS = new Set([',', 'et', 'and']);
