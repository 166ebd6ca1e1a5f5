/**
 * Job-title vocabulary, FR and EN, folded (no accents, lowercase). The extractor grows a
 * title from a head word: modifiers before it (EN "acting", "deputy"), adjectives and
 * complements after it (FR "directrice générale déléguée", "responsable de la production").
 */
function set(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

/** Words that can head a title on their own. */
export const TITLE_HEADS = set(`
directeur directrice president presidente pdg p-dg dg dga daf drh dsi dircom
responsable fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice
fondateurs fondatrices cofondateurs cofondatrices co-fondateurs co-fondatrices founders co-founders cofounders
administrateur administratrice gerant gerante associe-gerant associee-gerante co-gerant co-gerante tresorier tresoriere patron patronne
vice-president vice-presidente manager head chef directeur-general directrice-generale co-head co-chair co-president co-ceo
co-heads co-chairs co-presidents co-ceos
codirecteur codirectrice co-directeur co-directrice copresident copresidente co-presidente cogerant cogerante
president-directeur presidente-directrice president-fondateur presidente-fondatrice secretaire
controleur controleuse acheteur acheteuse consultant consultante journaliste
ceo cfo coo cto cmo cio cdo cro cpo cso cco chro ciso cao cdo vp svp evp md gm
chief co-chief chair chairman chairwoman chairperson director founder co-founder cofounder
treasurer counsel boss executive officer partner associe associee cheffe membre member porte-parole
spokesperson spokesman spokeswoman adviser advisor
engineer ingenieur ingenieure producer producteur productrice collaborateur collaboratrice associate analyst analyste editor-in-chief editor redacteur redactrice
controller comptroller principal lead partners
delegue deleguee strategiste economiste technicien technicienne ouvrier ouvriere cadre
dirigeant dirigeante codirigeant codirigeante createur creatrice cocreateur cocreatrice
associes associees codirecteurs codirectrices copresidents cogerants
`);

/** Heads that need a modifier or a complement to be a title ("partner" alone is not). */
export const WEAK_HEADS = set('partner associe associee executive officer secretaire counsel chef cheffe boss membre member engineer ingenieur ingenieure producer producteur productrice collaborateur collaboratrice associate adviser advisor redacteur redactrice controleur controleuse acheteur acheteuse consultant consultante journaliste delegue deleguee economiste technicien technicienne ouvrier ouvriere cadre dirigeant dirigeante codirigeant codirigeante createur creatrice cocreateur cocreatrice associes associees');

/**
 * Trades and first jobs ("avait débuté comme auditrice chez X", "entré comme œnologue", "a été
 * chauffeur chez Y"): a post only where the text gives it as one — after "comme", "en tant que"
 * or a copula, or right before "chez" — never before "de" ("l'avocat de X" acts for X).
 */
export const JOB_HEADS = set(`
auditeur auditrice chauffeur chauffeuse conducteur conductrice stagiaire apprenti apprentie
oenologue œnologue chercheur chercheuse avocat avocate juriste comptable vendeur vendeuse
recruteur recruteuse entraineur entraineuse developpeur developpeuse
trader banquier banquiere mecanicien mecanicienne magasinier magasiniere caissier caissiere
operateur operatrice graphiste architecte planneur planneuse
`);

/** EN words that may stand before a head ("acting chief executive", "group chief risk officer"). */
export const TITLE_PRE = set(`
acting interim deputy senior executive global group regional co associate assistant independent
non-executive joint country managing general vice chief founding lead principal
sales marketing finance financial risk operating commercial technical technology product digital
operations people legal compliance investment data information security strategy communications
human creative medical scientific research engineering design brand editorial publishing
revenue customer growth innovation sustainability transformation content ai administrative accounting site
corporate divisional national area business account client portfolio fund project programme program plant works treasury tax audit procurement investor
`);

/** Departments, written with capitals in English titles ("Head of Sales", "VP of Engineering"). */
export const DEPARTMENTS = set(`
sales marketing finance engineering operations product products technology strategy communications legal
research development people talent design compliance risk growth partnerships innovation digital data
investor relations human resources supply chain procurement purchasing manufacturing retail commercial
customer success business global international corporate affairs public policy security platform board directors
r&d m&a p&l hr
ventes achats finances ressources humaines communication juridique recherche developpement produit strategie
`);

/** Words after a head that belong to the title (FR adjectives, EN "officer"). */
export const TITLE_POST = set(`
general generale delegue deleguee adjoint adjointe financier financiere commercial commerciale
technique juridique industriel industrielle executif executive marketing digital digitale numerique artistique
operationnel operationnelle administratif administrative strategique regional regionale international
internationale local locale associe associee informatique scientifique medical medicale mondial mondiale charge chargee
adjoint adjointe independant independante supply chain export monde
litteraire editorial editoriale logistique immobilier immobiliere pedagogique sportif sportive
culturel culturelle pharmaceutique creatif creative
reseau reseaux developpement ventes achats communication qualite conformite risques audit exploitation
innovation strategie partenariats produit produits grands comptes r&d rh rse
officer
`);

/** Abbreviated departments written in capitals right after a head ("directeur R&D", "DRH"). */
export const TITLE_POST_CAPS = set('r&d rh rse si it');

/** Nouns inside a title complement ("head of X", "directeur des X") that are not companies. */
export const TITLE_STOP_AFTER = set(`
depuis since de d du des chez at of with from pour for a au aux en in et and ou or puis then
jusqu jusqu'au jusqu'en le la les l the its son sa ses their his her qui who which que that
`);

/** Government and non-business posts: a title headed by these is never a role fact. */
export const NON_BUSINESS = set(`
ministre minister secretaire-d'etat depute deputee senateur senatrice maire mayor ambassadeur
ambassadrice prefet prefete governor gouverneur senator congressman congresswoman professeur professor
`);

/** Complements that make a post a government one ("member of parliament", "secrétaire d'État"). */
export const GOVERNMENT_POSTS = /\b(?:parliament|parlement|assembl[ée]e nationale|s[ée]nat|senate|congress|gouvernement|government|minist[eè]re|ministry|secr[ée]taire d['’][ée]tat|secretary of state|cabinet du ministre|cabinet of the minister|conseil (?:r[ée]gional|d[ée]partemental|g[ée]n[ée]ral|municipal|communautaire)|conseill[eè]re? (?:r[ée]gional|d[ée]partemental|g[ée]n[ée]ral|municipal|communautaire)e?|pr[ée]sidente? de (?:la )?r[ée]gion (?:auvergne|bourgogne|bretagne|centre-val|corse|grand est|hauts-de-france|[îi]le-de-france|normandie|nouvelle-aquitaine|occitanie|pays de la loire|provence|sud|guadeloupe|martinique|guyane|r[ée]union)|pr[ée]sidente? de r[ée]gion|de l['’]agglom[ée]ration|de la communaut[ée] (?:de communes|d['’]agglom[ée]ration|urbaine))\b/i;

/** Founder titles stay current when the person leaves another job. */
export const FOUNDER_WORDS = set('createur creatrice cocreateur cocreatrice fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice founder co-founder cofounder founding fondateurs fondatrices cofondateurs cofondatrices co-fondateurs co-fondatrices founders co-founders cofounders');

/**
 * Relatives ("petit-fils du fondateur", "the founder's granddaughter"): a kinship noun joined
 * to a title by "et" starts another description, not the title's complement.
 */
export const KIN_NOUNS = set(`
fils fille petit-fils petite-fille arriere-petit-fils arriere-petite-fille neveu niece gendre bru belle-fille
epouse epoux veuve veuf frere soeur pere mere heritier heritiere cousin cousine descendant descendante
son daughter grandson granddaughter great-grandson great-granddaughter nephew widow widower wife husband
brother sister father mother heir heiress descendant
`);
