/**
 * Places (countries, cities, regions) named in French or English, with adjectives,
 * resolved to one entry with an English canonical name. Used by extraction (mention
 * scanning) and by resolution (`lookupPlace`). The API of this file is a contract.
 */
import { CITY_TABLE } from './cities.js';
import { COUNTRY_TABLE, REGION_TABLE } from './countries.js';
import { fold, foldNoArticle, foldTokenText } from './fold.js';

/**
 * Places the shared tables (cities.ts, countries.ts) do not hold yet, in the same format:
 * code | English name | other names | adjectives. Names that are also common first names or
 * words ("Chad", "Charlotte", "Reading", "Lens") are left out.
 */
const MORE_COUNTRIES = `
MW|Malawi||malawite,malawian
LR|Liberia|Libéria|libérien,libérienne,liberian
GM|Gambia|Gambie,The Gambia|gambien,gambienne,gambian
MR|Mauritania|Mauritanie|mauritanien,mauritanienne,mauritanian
SO|Somalia|Somalie|somalien,somalienne,somali
DJ|Djibouti||djiboutien,djiboutienne,djiboutian
BI|Burundi||burundais,burundaise,burundian
BT|Bhutan|Bhoutan|bhoutanais,bhoutanaise,bhutanese
MV|Maldives||maldivien,maldivienne,maldivian
FJ|Fiji|Fidji|fidjien,fidjienne,fijian
BS|Bahamas||bahaméen,bahaméenne,bahamian
BB|Barbados|Barbade|barbadien,barbadienne,barbadian
HT|Haiti|Haïti|haïtien,haïtienne,haitian
NI|Nicaragua||nicaraguayen,nicaraguayenne,nicaraguan
BZ|Belize||bélizien,bélizienne,belizean
GY|Guyana||guyanien,guyanienne,guyanese
SR|Suriname|Surinam|surinamais,surinamaise,surinamese
JE|Jersey||jersiais,jersiaise
GG|Guernsey|Guernesey|guernesiais,guernesiaise
GI|Gibraltar||gibraltarien,gibraltarienne
IM|Isle of Man|Île de Man,Ile de Man|
SC|Seychelles||seychellois,seychelloise
SY|Syria|Syrie|syrien,syrienne,syrian
YE|Yemen|Yémen|yéménite,yemeni
AF|Afghanistan||afghan,afghane
SL|Sierra Leone||sierra-léonais,sierra-léonaise,sierra leonean
PG|Papua New Guinea|Papouasie-Nouvelle-Guinée|
TT|Trinidad and Tobago|Trinité-et-Tobago|
CV|Cape Verde|Cap-Vert,Cabo Verde|cap-verdien,cap-verdienne,cape verdean
GW|Guinea-Bissau|Guinée-Bissau|
RE|La Réunion|Réunion,Reunion,Île de la Réunion|réunionnais,réunionnaise
MQ|Martinique||martiniquais,martiniquaise
GP|Guadeloupe||guadeloupéen,guadeloupéenne
YT|Mayotte||mahorais,mahoraise
NC|New Caledonia|Nouvelle-Calédonie|néo-calédonien,néo-calédonienne
EC|Ecuador|Équateur,Equateur|équatorien,équatorienne,ecuadorian
BO|Bolivia|Bolivie|bolivien,bolivienne,bolivian
UY|Uruguay||uruguayen,uruguayenne,uruguayan
PY|Paraguay||paraguayen,paraguayenne,paraguayan
VE|Venezuela||vénézuélien,vénézuélienne,venezuelan
CU|Cuba||cubain,cubaine,cuban
DO|Dominican Republic|République dominicaine|dominicain,dominicaine
PR|Puerto Rico|Porto Rico|portoricain,portoricaine,puerto rican
CR|Costa Rica||costaricien,costaricienne,costa rican
PA|Panama||panaméen,panaméenne,panamanian
GT|Guatemala||guatémaltèque,guatemalan
HN|Honduras||hondurien,hondurienne,honduran
SV|El Salvador|Salvador|salvadorien,salvadorienne,salvadoran
JM|Jamaica|Jamaïque|jamaïcain,jamaïcaine,jamaican
TZ|Tanzania|Tanzanie|tanzanien,tanzanienne,tanzanian
UG|Uganda|Ouganda|ougandais,ougandaise,ugandan
AO|Angola||angolais,angolaise,angolan
MZ|Mozambique||mozambicain,mozambicaine,mozambican
ZM|Zambia|Zambie|zambien,zambienne,zambian
ZW|Zimbabwe||zimbabwéen,zimbabwéenne,zimbabwean
BW|Botswana||botswanais,botswanaise
NA|Namibia|Namibie|namibien,namibienne,namibian
MG|Madagascar||malgache,malgaches,malagasy
MU|Mauritius|Île Maurice,Ile Maurice|mauricien,mauricienne,mauritian
GA|Gabon||gabonais,gabonaise,gabonese
CG|Congo|Congo-Brazzaville,République du Congo|congolais,congolaise,congolese
CD|Democratic Republic of the Congo|RDC,RD Congo,République démocratique du Congo,DRC,DR Congo|
ML|Mali||malien,malienne,malian
BF|Burkina Faso||burkinabé,burkinabè
NE|Niger||nigérien,nigérienne
BJ|Benin|Bénin|béninois,béninoise,beninese
TG|Togo||togolais,togolaise,togolese
GN|Guinea|Guinée|guinéen,guinéenne,guinean
LY|Libya|Libye|libyen,libyenne,libyan
SD|Sudan|Soudan|soudanais,soudanaise,sudanese
TD|Tchad||tchadien,tchadienne
OM|Oman||omanais,omanaise,omani
BH|Bahrain|Bahreïn,Bahrein|bahreïni,bahraini
IQ|Iraq|Irak|irakien,irakienne,iraqi
KZ|Kazakhstan||kazakh,kazakhe,kazakhstani
UZ|Uzbekistan|Ouzbékistan|ouzbek,ouzbèke,uzbek
MN|Mongolia|Mongolie|mongol,mongole,mongolian
NP|Nepal|Népal|népalais,népalaise,nepalese
MM|Myanmar|Birmanie,Burma|birman,birmane,burmese
KH|Cambodia|Cambodge|cambodgien,cambodgienne,cambodian
LA|Laos||laotien,laotienne,laotian
BN|Brunei||
MO|Macau|Macao|
AL|Albania|Albanie|albanais,albanaise,albanian
BA|Bosnia and Herzegovina|Bosnie-Herzégovine,Bosnia,Bosnie|bosnien,bosnienne,bosnian
MK|North Macedonia|Macédoine du Nord,Macédoine|macédonien,macédonienne,macedonian
ME|Montenegro|Monténégro|monténégrin,monténégrine,montenegrin
XK|Kosovo||kosovar,kosovare
MD|Moldova|Moldavie|moldave,moldovan
BY|Belarus|Biélorussie,Bélarus|biélorusse,belarusian
AM|Armenia|Arménie|arménien,arménienne,armenian
AZ|Azerbaijan|Azerbaïdjan|azerbaïdjanais,azerbaïdjanaise,azerbaijani
MC|Monaco||monégasque,monegasque
AD|Andorra|Andorre|andorran,andorrane
LI|Liechtenstein||
BM|Bermuda|Bermudes|bermudien,bermudienne
KY|Cayman Islands|Îles Caïmans,Iles Caimans,Caymans|
`;

/** Sub-national regions (with their country) and broad regions (no country). */
const MORE_REGIONS = `
occitanie|FR|Occitanie|Occitania|
auvergne-rhone-alpes|FR|Auvergne-Rhône-Alpes||
ile-de-france|FR|Île-de-France|Ile-de-France|francilien,francilienne
bavaria|DE|Bavaria|Bavière,Bayern|bavarois,bavaroise,bavarian
california|US|California|Californie|californien,californienne,californian
silicon-valley|US|Silicon Valley||
catalonia|ES|Catalonia|Catalogne|catalan,catalane
quebec|CA|Quebec|Québec|québécois,québécoise
nouvelle-aquitaine|FR|Nouvelle-Aquitaine||
bretagne|FR|Bretagne|Brittany|breton,bretonne
normandie|FR|Normandie|Normandy|normand,normande
hauts-de-france|FR|Hauts-de-France||
grand-est|FR|Grand Est||
grand-ouest|FR|Grand Ouest|Grand-Ouest|
paca|FR|Provence-Alpes-Côte d'Azur|PACA,Région Sud|
pays-de-la-loire|FR|Pays de la Loire||
centre-val-de-loire|FR|Centre-Val de Loire||
bourgogne-franche-comte|FR|Bourgogne-Franche-Comté||
corse|FR|Corse|Corsica|corse
alsace|FR|Alsace||alsacien,alsacienne
provence|FR|Provence||
cote-d-azur|FR|Côte d'Azur|French Riviera|
scotland|GB|Scotland|Écosse,Ecosse|écossais,écossaise,scottish
wales|GB|Wales|Pays de Galles|gallois,galloise,welsh
northern-ireland|GB|Northern Ireland|Irlande du Nord|
cornwall|GB|Cornwall|Cornouailles|cornish
yorkshire|GB|Yorkshire||
flanders|BE|Flanders|Flandre,Flandres|flamand,flamande,flemish
wallonia|BE|Wallonia|Wallonie|wallon,wallonne
lombardy|IT|Lombardy|Lombardie|lombard,lombarde
tuscany|IT|Tuscany|Toscane|toscan,toscane
andalusia|ES|Andalusia|Andalousie|andalou,andalouse
basque-country|ES|Basque Country|Pays basque|
hokkaido|JP|Hokkaido||
kyushu|JP|Kyushu||
okinawa|JP|Okinawa||
patagonia|AR|Patagonia|Patagonie|
gulf|-|Gulf|Golfe,pays du Golfe,Gulf states|
balkans|-|Balkans||
baltics|-|Baltics|pays baltes,Baltic states,Baltic,Baltic Sea,mer Baltique,Baltique|
caribbean|-|Caribbean|Caraïbes,Antilles|
southeast-asia|-|Southeast Asia|Asie du Sud-Est,South-East Asia|
central-asia|-|Central Asia|Asie centrale|
west-africa|-|West Africa|Afrique de l'Ouest|
east-africa|-|East Africa|Afrique de l'Est|
sub-saharan-africa|-|Sub-Saharan Africa|Afrique subsaharienne|
oceania|-|Oceania|Océanie|
alabama|US|Alabama||
alaska|US|Alaska||
arizona|US|Arizona||
arkansas|US|Arkansas||
colorado|US|Colorado||
connecticut|US|Connecticut||
delaware|US|Delaware||
florida|US|Florida|Floride|
hawaii|US|Hawaii|Hawaï|
idaho|US|Idaho||
illinois|US|Illinois||
indiana|US|Indiana||
iowa|US|Iowa||
kansas|US|Kansas||
kentucky|US|Kentucky||
louisiana|US|Louisiana|Louisiane|
maine|US|Maine||
maryland|US|Maryland||
massachusetts|US|Massachusetts||
michigan|US|Michigan||
minnesota|US|Minnesota||
mississippi|US|Mississippi||
missouri|US|Missouri||
montana|US|Montana||
nebraska|US|Nebraska||
nevada|US|Nevada||
new-hampshire|US|New Hampshire||
new-jersey|US|New Jersey||
new-mexico|US|New Mexico|Nouveau-Mexique|
new-york-state|US|New York State|État de New York|
north-carolina|US|North Carolina|Caroline du Nord|
north-dakota|US|North Dakota|Dakota du Nord|
ohio|US|Ohio||
oklahoma|US|Oklahoma||
oregon|US|Oregon||
pennsylvania|US|Pennsylvania|Pennsylvanie|
rhode-island|US|Rhode Island||
south-carolina|US|South Carolina|Caroline du Sud|
south-dakota|US|South Dakota|Dakota du Sud|
tennessee|US|Tennessee||
texas|US|Texas||texan,texane
utah|US|Utah||
vermont|US|Vermont||
west-virginia|US|West Virginia|Virginie-Occidentale|
wisconsin|US|Wisconsin||
wyoming|US|Wyoming||
ontario|CA|Ontario||
british-columbia|CA|British Columbia|Colombie-Britannique|
alberta|CA|Alberta||
manitoba|CA|Manitoba||
saskatchewan|CA|Saskatchewan||
nova-scotia|CA|Nova Scotia|Nouvelle-Écosse|
new-brunswick|CA|New Brunswick|Nouveau-Brunswick|
baden-wurttemberg|DE|Baden-Württemberg|Bade-Wurtemberg|
north-rhine-westphalia|DE|North Rhine-Westphalia|Rhénanie-du-Nord-Westphalie,Nordrhein-Westfalen|
saxony|DE|Saxony|Saxe,Sachsen|
hesse|DE|Hesse|Hessen|
lower-saxony|DE|Lower Saxony|Basse-Saxe,Niedersachsen|
aragon|ES|Aragon|Aragón|
valencian-community|ES|Valencian Community|Communauté valencienne|
galicia|ES|Galicia|Galice|
piedmont|IT|Piedmont|Piémont|
veneto|IT|Veneto|Vénétie|
emilia-romagna|IT|Emilia-Romagna|Émilie-Romagne|
sicily|IT|Sicily|Sicile|
sardinia|IT|Sardinia|Sardaigne|
romandy|CH|Romandy|Suisse romande,Romandie|
ticino|CH|Ticino|Tessin|
maharashtra|IN|Maharashtra||
karnataka|IN|Karnataka||
tamil-nadu|IN|Tamil Nadu||
gujarat|IN|Gujarat||
telangana|IN|Telangana||
new-south-wales|AU|New South Wales|Nouvelle-Galles du Sud|
queensland|AU|Queensland||
western-australia|AU|Western Australia|Australie-Occidentale|
guangdong|CN|Guangdong||
jiangsu|CN|Jiangsu||
zhejiang|CN|Zhejiang||
sichuan|CN|Sichuan||
sao-paulo-state|BR|São Paulo State|État de São Paulo|
`;

const MORE_CITIES = `
PE|Lima||
EC|Quito||
CO|Medellín|Medellin|
VE|Caracas||
UY|Montevideo||
PA|Panama City||
PR|San Juan||
MX|Guadalajara||
MX|Monterrey||
BR|Brasília|Brasilia|
BR|Belo Horizonte||
US|Phoenix||
US|San Diego||
US|Nashville||
US|Portland||
US|Minneapolis||
US|Pittsburgh||
US|Baltimore||
US|Salt Lake City||
US|Las Vegas||
US|Orlando||
US|Tampa||
US|Raleigh||
US|Indianapolis||
US|Kansas City||
US|St. Louis|Saint Louis|
US|New Orleans|La Nouvelle-Orléans|
US|Sacramento||
US|San Antonio||
US|Cincinnati||
US|Cleveland||
US|Honolulu||
US|Oklahoma City||
US|Tulsa||
US|Omaha||
US|Milwaukee||
CA|Calgary||
CA|Edmonton||
CA|Halifax||
CA|Winnipeg||
AU|Brisbane||
AU|Perth||
AU|Adelaide||
AU|Canberra||
NZ|Auckland||
NZ|Wellington||
PH|Manila|Manille|
MY|Kuala Lumpur||
VN|Hanoi|Hanoï|
JP|Kyoto||
JP|Yokohama||
JP|Nagoya||
JP|Fukuoka||
KR|Busan||
CN|Chengdu||
CN|Wuhan||
CN|Tianjin||
CN|Suzhou||
IN|Delhi||
IN|Kolkata|Calcutta|
IN|Ahmedabad||
IN|Gurugram|Gurgaon|
IN|Noida||
PK|Karachi||
PK|Lahore||
BD|Dhaka||
LK|Colombo||
KZ|Almaty||
KH|Phnom Penh||
SA|Jeddah|Djeddah|
BH|Manama||
OM|Muscat|Mascate|
KW|Kuwait City||
JO|Amman||
LB|Beirut|Beyrouth|
TR|Ankara||
TR|Izmir||
IL|Jerusalem|Jérusalem|
IL|Haifa|Haïfa|
GH|Accra||
ET|Addis Ababa|Addis-Abeba|
RW|Kigali||
UG|Kampala||
TZ|Dar es Salaam||
AO|Luanda||
CD|Kinshasa||
CM|Douala||
CM|Yaoundé|Yaounde|
GA|Libreville||
TG|Lomé|Lome|
BJ|Cotonou||
BF|Ouagadougou||
ML|Bamako||
GN|Conakry||
ZA|Durban||
ZA|Pretoria||
DZ|Oran||
TN|Sfax||
MA|Tangier|Tanger|
MA|Fès|Fez,Fes|
MA|Agadir||
MA|Ouarzazate||
MA|Meknès|Meknes|
MA|Oujda||
MG|Antananarivo||
SK|Bratislava||
SI|Ljubljana||
HR|Zagreb||
HR|Split||
HR|Dubrovnik||
NL|Tilburg||
NL|Breda||
NL|Arnhem||
NL|Nijmegen|Nimègue|
TN|Monastir||
TN|Sousse||
TN|Djerba||
CI|San-Pédro|San Pedro|
CI|Bouaké|Bouake|
SN|Saint-Louis||
FR|Cayenne||
FR|Fort-de-France||
FR|Pointe-à-Pitre||
FR|Mamoudzou||
FR|Dzaoudzi||
FR|Nouméa|Noumea|
FR|Papeete||
RS|Belgrade||
BG|Sofia||
LV|Riga||
LT|Vilnius||
IS|Reykjavik|Reykjavík|
NO|Bergen||
NO|Trondheim||
NO|Stavanger||
DK|Aarhus||
FI|Espoo||
FI|Tampere||
FI|Oulu||
SE|Uppsala||
PL|Gdańsk|Gdansk|
PL|Wrocław|Wroclaw|
PL|Poznań|Poznan|
PL|Łódź|Lodz|
PL|Katowice||
PL|Rzeszów|Rzeszow|
CZ|Brno||
CZ|Ostrava||
RO|Cluj-Napoca|Cluj|
RO|Timișoara|Timisoara|
RO|Iași|Iasi|
GR|Thessaloniki|Thessalonique|
CY|Nicosia|Nicosie|
MT|Valletta|La Valette|
GB|Cardiff||
GB|Newcastle||
GB|Sheffield||
GB|Nottingham||
GB|Southampton||
GB|Aberdeen||
GB|Milton Keynes||
DE|Karlsruhe||
DE|Mannheim||
DE|Essen||
DE|Dortmund||
DE|Bremen|Brême|
DE|Heidelberg||
DE|Darmstadt||
DE|Aachen|Aix-la-Chapelle|
DE|Wolfsburg||
DE|Ingolstadt||
IT|Genoa|Gênes|
IT|Venice|Venise,Venezia|
IT|Verona|Vérone|
IT|Padua|Padoue|
IT|Bari||
IT|Palermo|Palerme|
IT|Trieste||
ES|Zaragoza|Saragosse|
ES|Palma||
ES|Alicante||
ES|Vigo||
ES|San Sebastián|Saint-Sébastien|
PT|Braga||
PT|Coimbra||
NL|Groningen|Groningue|
NL|Delft||
NL|Maastricht||
NL|Leiden|Leyde|
BE|Namur||
BE|Charleroi||
BE|Leuven|Louvain|
CH|Lugano||
CH|Lucerne||
CH|Neuchâtel||
CH|Fribourg|Freiburg im Üechtland|fribourgeois,fribourgeoise
CH|Sion||
AT|Graz||
AT|Linz||
AT|Salzburg|Salzbourg|
AT|Innsbruck||
FR|Saint-Étienne|Saint-Etienne|
FR|Le Mans||
FR|Aix-en-Provence||
FR|Amiens||
FR|Perpignan||
FR|Besançon||
FR|Mulhouse||
FR|Avignon||
FR|Poitiers||
FR|La Rochelle||
FR|Annecy||
FR|Chambéry||
FR|Nîmes||
FR|Béziers||
FR|Bayonne||
FR|Biarritz||
FR|Lorient||
FR|Vannes||
FR|Quimper||
FR|Saint-Malo||
FR|Saint-Brieuc||
FR|Saint-Nazaire||
FR|Cherbourg|Cherbourg-en-Cotentin|
FR|Calais||
FR|Valenciennes||
FR|Roubaix||
FR|Tourcoing||
FR|Villeneuve-d'Ascq||
FR|Troyes||
FR|Colmar||
FR|Niort||
FR|Angoulême||
FR|La Roche-sur-Yon||
FR|Versailles||
FR|Nanterre||
FR|Boulogne-Billancourt||
FR|Issy-les-Moulineaux||
FR|Cergy||
FR|Créteil||
FR|Cannes||
FR|Ajaccio||
FR|Bastia||
AL|Tirana|Tirane|
MK|Skopje||
ME|Podgorica||
BA|Sarajevo||
MD|Chisinau|Chișinău,Chişinău|
XK|Pristina|Prishtina|
AM|Yerevan|Erevan|
AZ|Baku|Bakou|
BY|Minsk||
UZ|Tashkent|Tachkent|
KZ|Astana||
NO|Tromsø|Tromso|
FI|Turku||
PT|Faro||
PT|Funchal||
TR|Antalya||
GH|Tema||
GH|Takoradi|Sekondi-Takoradi|
GH|Kumasi||
OM|Duqm||
OM|Sohar||
OM|Salalah||
SA|Dammam||
SA|Jubail||
SA|Yanbu||
PE|Trujillo||
PE|Arequipa||
PE|Cusco|Cuzco|
CA|Moncton||
US|Huntsville||
KE|Mombasa||
CG|Pointe-Noire||
GA|Port-Gentil||
DZ|Annaba||
MZ|Beira||
AO|Lobito||
ZM|Lusaka||
ZW|Harare||
MZ|Maputo||
NA|Windhoek||
BW|Gaborone||
MW|Lilongwe||
NE|Niamey||
MR|Nouakchott||
SD|Khartoum||
SO|Mogadishu|Mogadiscio|
MU|Port Louis|Port-Louis|
MU|Ebène|Ebene|
NP|Kathmandu|Katmandou|
MN|Ulaanbaatar|Oulan-Bator|
GE|Tbilisi|Tbilissi|
PK|Islamabad||
UZ|Samarkand|Samarcande|
TW|Hsinchu||
TW|Kaohsiung||
TW|Taichung||
MY|Penang||
MY|Johor Bahru||
MY|Kuantan||
PH|Cebu||
VN|Da Nang|Đà Nẵng|
VN|Haiphong|Hải Phòng|
MM|Yangon|Rangoun|
LA|Vientiane||
ID|Surabaya||
ID|Bandung||
TH|Chiang Mai||
TH|Phuket||
IN|Jaipur||
IN|Coimbatore||
IN|Chandigarh||
IN|Nagpur||
IN|Sanand||
IN|Visakhapatnam||
CN|Shenyang||
CN|Nanjing|Nankin|
CN|Xiamen||
CN|Chongqing||
CN|Qingdao||
CN|Dalian||
CN|Ningbo||
KR|Incheon||
KR|Daejeon||
SA|Tabuk||
SA|Dhahran||
SA|Neom|NEOM|
AE|Sharjah|Charjah|
BR|Curitiba||
BR|Porto Alegre||
BR|Recife||
BR|Campinas||
BR|Fortaleza||
AR|Rosario||
CL|Valparaíso|Valparaiso|
CL|Antofagasta||
CL|Calama||
CL|Puerto Montt||
CO|Cali||
CO|Barranquilla||
EC|Guayaquil||
BO|Santa Cruz de la Sierra||
PY|Asunción|Asuncion|
GT|Guatemala City||
DO|Santo Domingo|Saint-Domingue|
MX|Querétaro|Queretaro|
MX|Puebla||
MX|Tijuana||
MX|Cancún|Cancun|
MX|Mérida|Merida|
US|Scottsdale||
US|Boulder||
US|Princeton||
US|Newark||
US|Louisville||
US|Columbus||
US|Hartford||
US|Stamford||
US|Jacksonville||
US|Memphis||
US|Albuquerque||
US|Tucson||
US|Oakland||
US|Santa Clara||
US|Sunnyvale||
US|Decatur||
US|Greenville||
CA|Mississauga||
CA|Sherbrooke||
CA|Trois-Rivières|Trois-Rivieres|
CA|Saguenay||
CA|Gatineau||
AU|Gold Coast||
NZ|Christchurch||
GB|Brighton||
GB|Norwich||
GB|Exeter||
GB|Plymouth||
GB|Swansea||
GB|Dundee||
GB|Inverness||
GB|Leicester||
GB|Coventry||
GB|Portsmouth||
GB|Sunderland||
GB|Middlesbrough||
GB|Hull||
GB|Leamington Spa||
IE|Waterford||
IE|Athlone||
IE|Drogheda||
IE|Kilkenny||
IE|Dundalk||
IE|Sligo||
DK|Billund||
DK|Odense||
SE|Linköping|Linkoping|
SE|Västerås|Vasteras|
SE|Umeå|Umea|
SE|Luleå|Lulea|
SE|Skellefteå|Skelleftea|
FI|Kotka||
NO|Kristiansand||
NL|Venlo||
NL|Zwolle||
NL|Amersfoort||
NL|Haarlem||
BE|Bruges|Brugge|
BE|Mechelen|Malines|
BE|Hasselt||
BE|Courtrai|Kortrijk|
DE|Duisburg|Duisbourg|
DE|Leuna||
DE|Magdeburg|Magdebourg|
DE|Rostock||
DE|Kiel||
DE|Freiburg|Fribourg-en-Brisgau|
DE|Regensburg|Ratisbonne|
DE|Augsburg|Augsbourg|
DE|Münster|Munster|
DE|Bochum||
DE|Wuppertal||
DE|Mainz|Mayence|
DE|Wiesbaden||
DE|Erlangen||
DE|Jena||
DE|Chemnitz||
IT|Bergamo|Bergame|
IT|Brescia||
IT|Modena|Modène|
IT|Parma|Parme|
IT|Pisa|Pise|
IT|Catania|Catane|
IT|Cagliari||
ES|Valladolid||
ES|Murcia|Murcie|
ES|Tarragona|Tarragone|
ES|Girona|Gérone|
ES|Pamplona|Pampelune|
ES|A Coruña|La Corogne,La Coruña|
ES|Gijón|Gijon|
ES|Cadix|Cádiz,Cadiz|
PT|Aveiro||
PT|Setúbal|Setubal|
PL|Szczecin||
PL|Lublin||
PL|Bydgoszcz||
CZ|Plzeň|Plzen,Pilsen|
SK|Košice|Kosice|
HU|Debrecen||
HU|Győr|Gyor|
RO|Constanța|Constanta|
RO|Brașov|Brasov|
BG|Plovdiv||
BG|Varna||
RS|Novi Sad||
LT|Kaunas||
EE|Tartu||
LV|Jelgava||
MA|Kénitra|Kenitra|
MA|Tétouan|Tetouan|
MA|Dakhla||
MA|Laâyoune|Laayoune|
MA|Guelmim||
MA|Nador||
DZ|Tamanrasset||
TN|Bizerte||
TN|Gabès|Gabes|
SN|Thiès|Thies|
SN|Kaolack||
SN|Ziguinchor||
CI|Korhogo||
CI|Yamoussoukro||
CI|Soubré|Soubre|
GN|Kamsar||
BJ|Porto-Novo||
CM|Kribi||
NG|Abuja||
NG|Port Harcourt||
NG|Ibadan||
GH|Tamale||
KE|Kisumu||
KE|Nakuru||
TZ|Arusha||
TZ|Dodoma||
ET|Dire Dawa||
EG|Port Said|Port-Saïd|
EG|Sokhna|Ain Sokhna|
ZA|Port Elizabeth|Gqeberha|
ZA|Stellenbosch||
FR|Douai||
FR|Pau||
FR|Tarbes||
FR|Montauban||
FR|Agen||
FR|Albi||
FR|Rodez||
FR|Carcassonne||
FR|Narbonne||
FR|Sète|Sete|
FR|Arles||
FR|Fréjus|Frejus|
FR|Bourg-en-Bresse||
FR|Mâcon|Macon|
FR|Chalon-sur-Saône||
FR|Auxerre||
FR|Nevers||
FR|Bourges||
FR|Châteauroux|Chateauroux|
FR|Blois||
FR|Chartres||
FR|Évreux|Evreux|
FR|Beauvais||
FR|Compiègne|Compiegne|
FR|Soissons||
FR|Saint-Quentin||
FR|Arras||
FR|Béthune|Bethune|
FR|Boulogne-sur-Mer||
FR|Épinal|Epinal|
FR|Thionville||
FR|Forbach||
FR|Belfort||
FR|Montbéliard|Montbeliard|
FR|Vesoul||
FR|Roanne||
FR|Vichy||
FR|Montluçon|Montlucon|
FR|Aurillac||
FR|Brive-la-Gaillarde|Brive|
FR|Périgueux|Perigueux|
FR|Bergerac||
FR|Libourne||
FR|Arcachon||
FR|Mont-de-Marsan||
FR|Cahors||
FR|Castres||
FR|Millau||
FR|Alès|Ales|
FR|Carpentras||
FR|Grasse||
FR|Antibes||
FR|Draguignan||
FR|Hyères|Hyeres|
FR|Martigues||
FR|Istres||
FR|Fos-sur-Mer||
FR|Aubagne||
FR|La Ciotat||
FR|Cholet||
FR|Saumur||
FR|Alençon|Alencon|
FR|Lisieux||
FR|Bayeux||
FR|Saint-Lô|Saint-Lo|
FR|Dieppe||
FR|Fécamp|Fecamp|
FR|Abbeville||
FR|Évry|Evry,Évry-Courcouronnes|
FR|Massy||
FR|Orly||
FR|Roissy|Roissy-en-France|
FR|Saint-Denis||
FR|Montreuil||
FR|Saint-Ouen||
FR|Courbevoie||
FR|Puteaux||
FR|Rueil-Malmaison||
FR|Levallois-Perret||
FR|Neuilly-sur-Seine||
FR|Clichy||
FR|Ivry-sur-Seine||
FR|Rungis||
FR|Marne-la-Vallée|Marne-la-Vallee|
FR|Vélizy-Villacoublay|Vélizy,Velizy|
FR|Guyancourt||
FR|Poissy||
FR|Melun||
FR|Meaux||
FR|Vitré|Vitre|
FR|Fougères|Fougeres|
FR|Lannion||
FR|Morlaix||
FR|Concarneau||
FR|Landerneau||
FR|Lamballe||
FR|Dinan||
FR|Saint-Herblain||
FR|Les Sables-d'Olonne||
FR|Rochefort||
FR|Saintes||
FR|Cognac||
FR|Royan||
FR|Châtellerault|Chatellerault|
FR|Saint-Dié-des-Vosges||
FR|Haguenau||
FR|Sélestat|Selestat|
FR|Langon||
FR|Kourou||
`;

export interface PlaceEntry {
  id: string;
  name: string;
  kind: 'COUNTRY' | 'CITY' | 'REGION';
  countryCode: string | null;
}

/** One written form of a place: the name itself or an adjective ("allemande", "German"). */
export interface PlaceForm {
  entry: PlaceEntry;
  adjective: boolean;
}

function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function rows(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

const forms = new Map<string, PlaceForm>();
const entries: PlaceEntry[] = [];

// First writer wins: countries are added first, so "Luxembourg" or "Singapore" is the country.
function add(written: string, form: PlaceForm): void {
  const key = fold(written);
  if (key !== '' && !forms.has(key)) forms.set(key, form);
}

function register(entry: PlaceEntry, names: string[], adjectives: string[]): void {
  entries.push(entry);
  add(entry.name, { entry, adjective: false });
  for (const n of names) add(n, { entry, adjective: false });
  for (const a of adjectives) add(a, { entry, adjective: true });
}

for (const [code = '', name = '', alts, adjs] of rows(COUNTRY_TABLE)) {
  register({ id: `country:${code}`, name, kind: 'COUNTRY', countryCode: code }, list(alts), list(adjs));
}
for (const [code = '', name = '', alts, adjs] of rows(MORE_COUNTRIES)) {
  register({ id: `country:${code}`, name, kind: 'COUNTRY', countryCode: code }, list(alts), list(adjs));
}
for (const [id = '', name = '', alts, adjs] of rows(REGION_TABLE)) {
  register({ id: `region:${id}`, name, kind: 'REGION', countryCode: null }, list(alts), list(adjs));
}
for (const [id = '', code = '', name = '', alts, adjs] of rows(MORE_REGIONS)) {
  register({ id: `region:${id}`, name, kind: 'REGION', countryCode: code === '-' ? null : code }, list(alts), list(adjs));
}
for (const [code = '', name = '', alts, adjs] of rows(CITY_TABLE)) {
  const entry: PlaceEntry = {
    id: `city:${code.toLowerCase()}:${slug(name)}`,
    name,
    kind: 'CITY',
    countryCode: code,
  };
  register(entry, list(alts), list(adjs));
}
for (const [code = '', name = '', alts, adjs] of rows(MORE_CITIES)) {
  register({ id: `city:${code.toLowerCase()}:${slug(name)}`, name, kind: 'CITY', countryCode: code }, list(alts), list(adjs));
}

/** First words (folded) of place names written in several words ("afrique" of "Afrique du Sud"). */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...forms.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
);

/** Case/accent-insensitive lookup of a place name or adjective, FR or EN. */
export function lookupPlace(text: string): PlaceEntry | null {
  const key = fold(text);
  const hit = forms.get(key) ?? forms.get(foldNoArticle(text));
  return hit ? hit.entry : null;
}

/** Like lookupPlace, but tells whether the text was an adjective. For mention scanning. */
export function lookupPlaceForm(text: string): PlaceForm | null {
  return forms.get(fold(text)) ?? null;
}

/** lookupPlaceForm for text already folded (fold.ts `fold`). */
export function lookupFoldedPlace(folded: string): PlaceForm | null {
  return forms.get(folded) ?? null;
}

/** lookupPlaceForm for one token (its text and folded word, tokens.ts); null for none. */
export function lookupTokenPlace(t: { readonly text: string; readonly f: string } | undefined): PlaceForm | null {
  return t === undefined ? null : (forms.get(foldTokenText(t.text, t.f)) ?? null);
}

/** Every written form (folded), for building scanners. */
export function placeForms(): ReadonlyMap<string, PlaceForm> {
  return forms;
}

export function allPlaces(): readonly PlaceEntry[] {
  return entries;
}
