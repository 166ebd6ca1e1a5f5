/**
 * Company vocabulary: legal suffixes, words that end company names, descriptions that
 * stand for an already-named company ("le groupe", "the firm"), and a small lexicon of
 * well-known companies whose names are also ordinary words or first names. All folded.
 */
function set(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

/** Legal forms: "SA", "Inc.", "GmbH"… */
export const LEGAL_SUFFIXES = set(`
sa sas sasu sarl sca se nv bv ag gmbh kg kgaa plc ltd ltd. limited llc llp inc inc. corp corp. corporation
co co. spa s.p.a. srl ab asa oyj as a/s pte pty bhd kk k.k.
lp l.p l.l.c l.l.p p.l.c n.v s.a s.a.s b.v
`);

/** Last words of company names ("Fjellstad Robotics", "Lloyds Banking Group"). */
export const COMPANY_TAILS = set(`
group groupe holding holdings company compagnie & bank banque banking capital partners ventures
technologies technology tech systems labs lab analytics health healthcare robotics energy energie energies
games commerce business cloud software solutions services pharma pharmaceuticals biosystems bio biotech
therapeutics motors automotive airlines airways telecom telekom telecoms communications media studios studio
foods logistics consulting insurance assurances assurance finance financial digital networks industries
industrie international global electric electronics semiconductors steel chemicals materials mobility power ai
payments pay markets market retail brands entertainment interactive investments asset management
securities advisors investors conseil consultants systemes informatique reseaux labs.
resources minerals mining metals petroleum hospitality hotels resorts education learning security cybersecurity
aerospace defence defense shipping realty properties re rail railways fc afc cf renouvelables
associes associates fils freres brothers sons pharmacy pharmacie companies enterprises entreprises
gestion investissement investissements immobilier distribution transports logistique ingenierie
beauty cosmetics cosmetiques dairy dairies valves coffee bakery bakeries brewery breweries brewing wines vineyards
apparel fashion textiles jewellery jewelry watches farms drinks beverages dynamics freight cargo
construction constructions batiment travaux medical courtage
air aviation engineering developments homes builders build tankers marine utilities water oil gas bancorp
clinics hospitals kliniken cables mutuelle collective
advisory advisers consultancy legal law trading equity credit wealth lending leasing reinsurance brokers brokerage
manufacturing automation devices diagnostics biosciences genomics instruments machinery packaging plastics coatings
solar renewables infrastructure infra civils wireless pictures films publishing restaurants stores supermarkets grocers architects
paper papers timber cement concrete tools toys furniture printing optics photonics footwear clothing fabrics tyres batteries lighting
pumps engines turbines vehicles trucks shipyard shipyards terminals travel cruises leisure gaming casinos betting broadcasting
agency agencies fintech medtech biopharma bioscience nutrition seafood poultry fisheries agritech forestry
aero wind living wellness textile organics naturals
bikes cycles satellites quantum sciences sensors
battery hydrogen fibre fiber broadband apps pets petcare dental eyewear shoes
trucking couriers kitchens burgers pizza chocolate spirits juice snacks
interiors estates stays rentals recruitment staffing
machines equipment components polymers fibres paints skincare fragrances denim knitwear yachts charging
sante solaire eolien mobilite emballages menuiserie chaussures meubles jouets aeronautique vins spiritueux biscuits
habitat robotique semences agro environnement recyclage materiaux hydrogene optique voyages electronique dentaire
architectes avocats paiements patrimoine invest
`);

/** First words that make a name a company ("Maison Velours", "Cabinet X", "Mutuelle Y"). */
export const COMPANY_HEADS = set(`
maison groupe cabinet mutuelle laboratoires laboratoire editions compagnie societe banque caisse
fromagerie brasserie laiterie domaine chateau comptoir manufacture ateliers verrerie cristallerie fonderie
imprimerie galeries vignobles cooperative
acieries laiteries conserveries papeteries sucreries distilleries huileries tanneries filatures cimenteries ciments
biscuiterie chocolaterie confiserie savonnerie distillerie cidrerie conserverie minoterie parfumerie tuilerie briqueterie
`);

/**
 * Words that start institution names joined by "de"/"of" ("Banque de France", "Bank of America"),
 * industries' plurals ("Sucreries du Nord"), cooperatives' plurals ("Fleurs de Bretagne", "Maîtres
 * Laitiers du Cotentin", "Vergers de la Vallée") and newspapers' heads ("La Voix du Nord", "L'Écho de X").
 */
export const INSTITUTION_HEADS = set(`
banque caisse credit societe groupe compagnie agence chambre bank university universite ecole
institut institute school college conseil office bourse port
chu chru hospices hopital hopitaux clinique fondation foundation editions musee museum theatre opera
department ministry ministere
fromagerie brasserie laiterie fromageries brasseries domaine domaines chateau comptoir comptoirs manufacture
ateliers atelier verrerie verreries cristallerie faiencerie forges fonderie fonderies imprimerie galeries
cave caves vignerons producteurs scierie vignobles terres salins chantiers cooperative union mutuelle mutuelles maison maisons magasins boutique
acieries laiteries conserveries papeteries sucreries distilleries huileries tanneries filatures cimenteries ciments
biscuiterie chocolaterie confiserie savonnerie distillerie cidrerie conserverie minoterie parfumerie tuilerie briqueterie
assurances
fleurs vergers jardins moulins eaux saveurs celliers maitres fermes terroirs halles pays
echo journal courrier gazette depeche voix
`);

/**
 * Heads of sports leagues and federations, whose names end in a lowercase field after an
 * adjective and a link ("Ligue nationale de volley", "Fédération française de voile").
 */
export const FEDERATION_HEADS = set('ligue federation confederation association syndicat');

/** Nouns that, after a determiner, designate a company already named ("le groupe"). */
export const COMPANY_REF_NOUNS = set(`
groupe societe entreprise firme compagnie start-up startup jeune-pousse fintech banque assureur
enseigne editeur constructeur fabricant plateforme studio operateur distributeur laboratoire courtier fonds fonciere
equipementier specialiste leader geant societe-mere filiale maison etablissement cabinet verrier
maroquinier assureur mutuelle healthtech edtech proptech insurtech legaltech neobanque licorne scale-up pme eti
medtech biotech foodtech cleantech greentech agritech deeptech cooperative co-operative club hebdomadaire mensuel magazine ong
company firm group bank lender insurer carmaker automaker retailer maker developer platform app
business operator startup start-up giant manufacturer
`);

/**
 * Sector nouns that describe the company named right after them, in English press style
 * ("Fashion e-tailer X", "Reinsurer X", "audio streaming platform X"; in French headlines,
 * "Réassureur X"): the description, not the name. Folded.
 */
export const DESCRIPTOR_NOUNS = set(`
company firm group lender insurer reinsurer underwriter carmaker automaker retailer e-tailer etailer e-retailer
maker developer platform app business operator startup start-up scale-up scaleup giant manufacturer network
publisher miner consultancy broker brokerage airline carrier chain agency producer supplier
provider conglomerate outfit unicorn distributor wholesaler grocer supermarket bank
shipper marketplace utility telco fintech insurtech healthtech edtech proptech biotech medtech pharma
drugmaker chipmaker automaker builder contractor bottler brewer distiller winemaker hotelier
streamer broadcaster portal service exchange fund house label brand store club shop studio syndicate newsroom
bakery brewery winery distillery boutique cooperative co-operative
assureur reassureur editeur constructeur equipementier distributeur transitaire operateur fabricant banque
`);

/**
 * The subset of sector nouns that never describe a person ("bubble tea chain X", "la
 * fintech X"): a first name and surname right after one is a brand named after someone
 * ("chain Ruby Fern"). "producer", "developer", "broker" also name people's jobs. Folded.
 */
export const COMPANY_ONLY_DESCRIPTORS = set(`
company firm lender insurer reinsurer carmaker automaker retailer e-tailer platform app startup start-up
scale-up scaleup giant manufacturer chain conglomerate unicorn marketplace telco fintech insurtech healthtech
edtech proptech biotech medtech drugmaker chipmaker bank label brand store outfit consultancy brokerage
airline carrier supermarket grocer wholesaler
contractor housebuilder homebuilder haulier miner utility explorer distributor supplier operator maker developer provider broadcaster shipper
chaine enseigne marque maison societe entreprise banque plateforme application appli jeune-pousse
agency agence cooperative co-operative co-op coop mutuelle group groupe cabinet
energeticien avionneur motoriste cimentier petrolier semencier hebergeur operateur transitaire
pme licorne agritech foodtech cleantech deeptech assureur reassureur constructeur equipementier fabricant laboratoire fonciere
quotidien hebdomadaire mensuel magazine
`);

/** Last words of school names ("Harvard Business School", "Babson College"): places of study, never persons. */
export const SCHOOL_TAILS = set('school university college institute polytechnic academy universite');

/**
 * French grandes écoles and business schools, as whole names: a person studied there ("ingénieure
 * Supaéro", "passé par Sciences Po et McKinsey"); never an employer (GUIDELINES: schools). Folded.
 */
export const GRANDES_ECOLES = /^(?:sciences po(?: paris)?|supaero|isae-supaero|isae supaero|hec(?: paris| montreal)?|essec(?: business school)?|escp(?: business school| europe)?|insead|polytechnique|l'x|ecole polytechnique|centrale(?: paris| lyon| nantes| marseille| lille|supelec)?|centralesupelec|supelec|edhec(?: business school)?|em ?lyon(?: business school)?|dauphine|paris-dauphine|ena|ensae|ensta|mines paristech|mines paris|ponts paristech|ecole des ponts|telecom paris|neoma|skema|kedge|audencia|grenoble ecole de management|inseec|normale sup|ens ulm|agroparistech|epitech)$/;

/** Sector nouns that also start company names ("Bank of…", "Studio X"): never stripped from a name's head. */
export const DESCRIPTOR_HEAD_KEEP = set('group bank banque studio house maison label brand store exchange fund service network app platform');

/**
 * Public bodies: a post there is a government post, which the guidelines leave out of roles.
 * Tested on the start of a name ("Ministère de l'Économie", "Treasury Department", "Department
 * for Transport"), on its end ("the Finance Ministry", "the Justice Department", "Quebec's Economy
 * Minister") and on a whole name ("the Centre", Indian press for the central government; "IAS",
 * the Indian civil service).
 */
export const PUBLIC_BODIES = /^(?:r[ée]publique|gouvernement|government|minist[eè]re|ministry|assembl[ée]e nationale|s[ée]nat|senate|parliament|parlement|conseil d'[ée]tat|tr[ée]sor|treasury|(?:[ée]lys[ée]e|matignon|bercy)$|pr[ée]fecture|white house|maison blanche|cabinet office|home office|foreign office|state department|department (?:of|for)|r[ée]gion|conseil r[ée]gional|conseil d[ée]partemental|d[ée]partement (?:du|de|des)|mairie|ville de|city of|county of|commission europ[ée]enne|inspection(?: g[ée]n[ée]rale)?|european commission|arm[ée]e|army|navy|air force|royal (?:navy|air force|marines)|raf|(?:us|u\.s\.|british|indian|french) (?:army|navy|air force|marines)|marine corps|marines|civil service|indian (?:administrative|foreign|police) service|(?:centre|ias|ips|ifs)$)\b|\b(?:ministry|minister|department|mp|mep|msp|m[ée]tropole)$/i;

/** Words that make a description a subsidiary rather than the group ("la filiale"). */
export const SUBSIDIARY_NOUNS = set('filiale subsidiary unit division');

/**
 * Well-known companies whose names could be read as something else (a first name, a word,
 * a place) or that often appear alone. Folded full names.
 */
export const KNOWN_COMPANIES = set(`
google alphabet amazon apple meta facebook microsoft yahoo alibaba tencent baidu bytedance tiktok huawei xiaomi
samsung lg sony nintendo toyota honda nissan hyundai kia tesla uber lyft airbnb netflix spotify twitter
linkedin salesforce oracle ibm intel nvidia amd qualcomm cisco adobe sap siemens bosch basf bayer
allianz axa generali zurich aviva prudential hsbc barclays lloyds santander bbva ing rabobank
ubs ovh orange sfr bouygues iliad vivendi canal+ lvmh kering hermes chanel dior loreal danone
carrefour auchan leclerc casino fnac darty boulanger cdiscount decathlon michelin renault peugeot citroen
stellantis valeo faurecia forvia safran thales airbus dassault capgemini atos sopra accenture deloitte
pwc kpmg ey mckinsey bcg engie edf totalenergies veolia suez schneider legrand alstom vinci
eiffage saint-gobain sanofi servier ipsen pfizer moderna novartis roche astrazeneca gsk merck
volkswagen bmw mercedes-benz daimler porsche audi adidas puma nike zalando ebay etsy paypal stripe
mastercard revolut monzo n26 klarna adyen worldline criteo doctolib blablacar deezer dataiku mirakl
ubisoft vente-privee veepee showroomprive rakuten jd.com shopify wix booking.com expedia tripadvisor
deliveroo glovo bolt wise coinbase binance nokia ericsson vodafone telefonica deutsche-telekom
kpn proximus swisscom tata infosys wipro tcs hcl cognizant reliance mahindra
goldman morgan jpmorgan citi citigroup blackrock natixis bnp societe-generale credit-agricole
`);

/**
 * Companies whose name starts with an elided article: kept whole even where a sentence opens
 * on them ("L'Oréal nomme…"), where "L'" is otherwise an article ("L'accord…"). Folded.
 */
export const ELIDED_COMPANIES = set(`
l'oreal l'occitane l'equipe l'express l'obs l'oreal-paris l'agefi l'usine-nouvelle d'ieteren
`);

/**
 * Companies named after people, which read as a first name and a surname ("une ancienne
 * d'Estée Lauder", "shares in Aston Martin"). Folded, words joined by "-".
 */
export const EPONYMOUS_COMPANIES = set(`
estee-lauder aston-martin louis-vuitton christian-dior yves-saint-laurent saint-laurent jean-paul-gaultier
pierre-cardin nina-ricci guy-laroche christian-louboutin isabel-marant sonia-rykiel jean-patou yves-rocher
ralph-lauren calvin-klein tommy-hilfiger hugo-boss michael-kors kate-spade tory-burch marc-jacobs tom-ford
giorgio-armani salvatore-ferragamo stella-mccartney alexander-mcqueen jimmy-choo paul-smith ted-baker
vera-wang carolina-herrera oscar-de-la-renta karl-lagerfeld thierry-mugler jacques-dessange franck-provost
jean-louis-david louis-dreyfus morgan-stanley goldman-sachs charles-schwab edward-jones raymond-james
lockheed-martin martin-marietta booz-allen roland-berger oliver-wyman arthur-andersen arthur-d-little
baker-mckenzie clifford-chance norton-rose herbert-smith paul-hastings john-lewis walt-disney
henry-schein thomas-cook dow-jones alfa-romeo enzo-ferrari harley-davidson rolls-royce
wells-fargo julius-baer julius-bar lombard-odier edmond-de-rothschild cantor-fitzgerald franklin-templeton
janus-henderson baillie-gifford warburg-pincus houlihan-lokey piper-sandler william-blair t-rowe-price
leo-burnett wieden-kennedy conde-nast axel-springer thomson-reuters hewlett-packard john-deere baker-hughes
johnson-controls carl-zeiss robert-bosch max-mara emilio-pucci pierre-fabre jacques-vabre guy-degrenne
pierre-herme costa-coffee tim-hortons harvey-nichols baker-botts jones-day mayer-brown hogan-lovells
sidley-austin white-case latham-watkins august-debouzy bredin-prat darrois-villey francis-lefebvre
simon-kucher kurt-salmon rio-tinto
`);

/**
 * Companies whose name holds "and" ("Marks and Spencer", "Airbus Defence and Space"): a list
 * of two firms is written the same way ("Nike and Adidas"), so only these are read as one name.
 * Folded full names; a legal suffix or country after them stays outside ("Marks and Spencer Group").
 */
export const AND_COMPANIES = set(`
marks-and-spencer slaughter-and-may procter-and-gamble johnson-and-johnson airbus-defence-and-space
airbus-defense-and-space ernst-and-young bang-and-olufsen dolce-and-gabbana abercrombie-and-fitch
barnes-and-noble black-and-decker tate-and-lyle simon-and-schuster harland-and-wolff church-and-dwight
arm-and-hammer marsh-and-mclennan booz-and-company fortnum-and-mason crosse-and-blackwell lea-and-perrins
bed-bath-and-beyond bath-and-body-works cushman-and-wakefield sullivan-and-cromwell debevoise-and-plimpton
davis-polk-and-wardwell cravath-swaine-and-moore simpson-thacher-and-bartlett weil-gotshal-and-manges
morgan-lewis-and-bockius wachtell-lipton-rosen-and-katz cleary-gottlieb-steen-and-hamilton
`);
