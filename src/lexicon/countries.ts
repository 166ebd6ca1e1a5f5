/**
 * Countries: ISO code | English canonical name | other names (FR/EN/native) | adjectives
 * (FR masc/fem/plural, EN). Compact text so the table stays readable and cheap to load.
 */
export const COUNTRY_TABLE = `
FR|France|République française|français,française,françaises,french
DE|Germany|Allemagne,Deutschland|allemand,allemande,allemands,allemandes,german
GB|United Kingdom|Royaume-Uni,UK,U.K.,U.K,Britain,Great Britain,Grande-Bretagne,England,Angleterre|britannique,britanniques,anglais,anglaise,british,english
US|United States|États-Unis,Etats-Unis,USA,U.S.,U.S,US,America,United States of America|américain,américaine,américains,américaines,american,us-based
IT|Italy|Italie,Italia|italien,italienne,italiens,italiennes,italian
ES|Spain|Espagne,España|espagnol,espagnole,espagnols,espagnoles,spanish
PT|Portugal||portugais,portugaise,portugaises,portuguese
BE|Belgium|Belgique|belge,belges,belgian
NL|Netherlands|Pays-Bas,Holland,Hollande,The Netherlands|néerlandais,néerlandaise,hollandais,hollandaise,dutch
LU|Luxembourg||luxembourgeois,luxembourgeoise,luxembourgish
CH|Switzerland|Suisse,Schweiz|suisse,suisses,swiss
AT|Austria|Autriche,Österreich|autrichien,autrichienne,austrian
IE|Ireland|Irlande|irlandais,irlandaise,irish
SE|Sweden|Suède,Sverige|suédois,suédoise,swedish
NO|Norway|Norvège,Norge|norvégien,norvégienne,norwegian
DK|Denmark|Danemark|danois,danoise,danish
FI|Finland|Finlande|finlandais,finlandaise,finnish
IS|Iceland|Islande|islandais,islandaise,icelandic
PL|Poland|Pologne,Polska|polonais,polonaise,polish
CZ|Czech Republic|République tchèque,Tchéquie,Czechia|tchèque,tchèques,czech
SK|Slovakia|Slovaquie|slovaque,slovak
HU|Hungary|Hongrie|hongrois,hongroise,hungarian
RO|Romania|Roumanie|roumain,roumaine,romanian
BG|Bulgaria|Bulgarie|bulgare,bulgarian
GR|Greece|Grèce|grec,grecque,greek
HR|Croatia|Croatie|croate,croatian
SI|Slovenia|Slovénie|slovène,slovenian
RS|Serbia|Serbie|serbe,serbian
EE|Estonia|Estonie|estonien,estonienne,estonian
LV|Latvia|Lettonie|letton,lettone,latvian
LT|Lithuania|Lituanie|lituanien,lituanienne,lithuanian
UA|Ukraine||ukrainien,ukrainienne,ukrainian
RU|Russia|Russie|russe,russes,russian
TR|Turkey|Turquie,Türkiye|turc,turque,turkish
CY|Cyprus|Chypre|chypriote,cypriot
MT|Malta|Malte|maltais,maltaise,maltese
MA|Morocco|Maroc|marocain,marocaine,moroccan
DZ|Algeria|Algérie|algérien,algérienne,algerian
TN|Tunisia|Tunisie|tunisien,tunisienne,tunisian
EG|Egypt|Égypte,Egypte|égyptien,égyptienne,egyptian
SN|Senegal|Sénégal|sénégalais,sénégalaise,senegalese
CI|Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|ivoirien,ivoirienne,ivorian
CM|Cameroon|Cameroun|camerounais,camerounaise,cameroonian
NG|Nigeria|Nigéria|nigérian,nigériane,nigerian
GH|Ghana||ghanéen,ghanéenne,ghanaian
KE|Kenya||kényan,kényane,kenyan
ET|Ethiopia|Éthiopie|éthiopien,éthiopienne,ethiopian
ZA|South Africa|Afrique du Sud|sud-africain,sud-africaine,south african
RW|Rwanda||rwandais,rwandaise,rwandan
IL|Israel|Israël|israélien,israélienne,israeli
AE|United Arab Emirates|Émirats arabes unis,Emirats arabes unis,UAE,Émirats|émirati,émiratie,emirati
SA|Saudi Arabia|Arabie saoudite|saoudien,saoudienne,saudi
QA|Qatar||qatari,qatarie
KW|Kuwait|Koweït|koweïtien,kuwaiti
LB|Lebanon|Liban|libanais,libanaise,lebanese
JO|Jordan|Jordanie|jordanien,jordanienne,jordanian
IR|Iran||iranien,iranienne,iranian
IN|India|Inde|indien,indienne,indian
PK|Pakistan||pakistanais,pakistanaise,pakistani
BD|Bangladesh||bangladais,bangladaise,bangladeshi
LK|Sri Lanka|||
CN|China|Chine,Mainland China|chinois,chinoise,chinoises,chinese
HK|Hong Kong|Hongkong||
TW|Taiwan|Taïwan|taïwanais,taïwanaise,taiwanese
JP|Japan|Japon|japonais,japonaise,japanese
KR|South Korea|Corée du Sud,Korea,Corée|sud-coréen,sud-coréenne,coréen,coréenne,south korean,korean
SG|Singapore|Singapour|singapourien,singapourienne,singaporean
MY|Malaysia|Malaisie|malaisien,malaisienne,malaysian
ID|Indonesia|Indonésie|indonésien,indonésienne,indonesian
TH|Thailand|Thaïlande|thaïlandais,thaïlandaise,thai
VN|Vietnam|Viêt Nam,Viet Nam|vietnamien,vietnamienne,vietnamese
PH|Philippines||philippin,philippine,filipino
AU|Australia|Australie|australien,australienne,australian
NZ|New Zealand|Nouvelle-Zélande|néo-zélandais,néo-zélandaise,new zealander
CA|Canada||canadien,canadienne,canadian
MX|Mexico|Mexique,México|mexicain,mexicaine,mexican
BR|Brazil|Brésil,Brasil|brésilien,brésilienne,brazilian
AR|Argentina|Argentine|argentin,argentine,argentinian
CL|Chile|Chili|chilien,chilienne,chilean
CO|Colombia|Colombie|colombien,colombienne,colombian
PE|Peru|Pérou|péruvien,péruvienne,peruvian
`;

/** Regions: not countries, no ISO code. id suffix | English name | other names. */
export const REGION_TABLE = `
europe|Europe|Vieux Continent|européen,européenne,européens,européennes,european
emea|EMEA|Europe, Middle East and Africa|
apac|Asia-Pacific|Asie-Pacifique,APAC,Asia Pacific|
asia|Asia|Asie|asiatique,asian
africa|Africa|Afrique|africain,africaine,african
north-africa|North Africa|Afrique du Nord,Maghreb|maghrébin,maghrébine
middle-east|Middle East|Moyen-Orient|
mena|Middle East and North Africa|MENA|
latin-america|Latin America|Amérique latine,LATAM|latino-américain,latino-américaine
americas|Americas|Amériques,the Americas|
north-america|North America|Amérique du Nord|nord-américain,nord-américaine,north american
nordics|Nordics|pays nordiques,Scandinavie,Scandinavia,Nordic countries|nordique,nordiques,scandinave,scandinaves,nordic,scandinavian
benelux|Benelux||
dach|DACH||
southern-europe|Southern Europe|Europe du Sud|
northern-europe|Northern Europe|Europe du Nord|
western-europe|Western Europe|Europe de l'Ouest|
eastern-europe|Eastern Europe|Europe de l'Est,Europe centrale et orientale,Central and Eastern Europe|
`;
