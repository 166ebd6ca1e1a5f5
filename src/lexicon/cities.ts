/**
 * Major business cities: ISO country | English canonical name | other names (FR/EN exonyms,
 * native spellings) | adjectives (FR: "la start-up nantaise"; EN: "Bavarian" lives in regions).
 */
export const CITY_TABLE = `
FR|Paris||parisien,parisienne,parisiens,parisiennes,parisian
FR|Lyon|Lyons|lyonnais,lyonnaise
FR|Marseille|Marseilles|marseillais,marseillaise
FR|Toulouse||toulousain,toulousaine
FR|Nice||niçois,niçoise
FR|Nantes||nantais,nantaise
FR|Strasbourg||strasbourgeois,strasbourgeoise
FR|Montpellier||montpelliérain,montpelliéraine
FR|Bordeaux||bordelais,bordelaise
FR|Lille||lillois,lilloise
FR|Rennes||rennais,rennaise
FR|Reims||rémois,rémoise
FR|Grenoble||grenoblois,grenobloise
FR|Rouen||rouennais,rouennaise
FR|Toulon||toulonnais,toulonnaise
FR|Dijon||dijonnais,dijonnaise
FR|Angers||angevin,angevine
FR|Brest||brestois,brestoise
FR|Le Havre||havrais,havraise
FR|Dunkerque|Dunkirk|dunkerquois,dunkerquoise
FR|Tours||tourangeau,tourangelle
FR|Clermont-Ferrand||clermontois,clermontoise
FR|Metz||messin,messine
FR|Nancy||nancéien,nancéienne
FR|Orléans|Orleans|orléanais,orléanaise
FR|Caen||caennais,caennaise
FR|Limoges||limougeaud,limougeaude
FR|Sophia Antipolis||
FR|La Défense||
FR|Saclay||
DE|Berlin||berlinois,berlinoise,berliner
DE|Munich|München,Muenchen,Munchen|munichois,munichoise
DE|Hamburg|Hambourg|hambourgeois,hambourgeoise
DE|Frankfurt|Francfort,Frankfurt am Main,Francfort-sur-le-Main,Frankfort|
DE|Cologne|Köln,Koeln|colonais
DE|Düsseldorf|Dusseldorf|
DE|Stuttgart||
DE|Leipzig||
DE|Dresden|Dresde|
DE|Hanover|Hanovre,Hannover|
DE|Nuremberg|Nürnberg,Nuremberg|
DE|Bonn||
GB|London|Londres|londonien,londonienne,londoner
GB|Manchester||mancunian
GB|Birmingham||
GB|Edinburgh|Édimbourg,Edimbourg|
GB|Glasgow||
GB|Cambridge||
GB|Oxford||
GB|Bristol||
GB|Leeds||
GB|Liverpool||
GB|Belfast||
IE|Dublin||dublinois
IE|Cork||
IE|Galway||
IE|Limerick||
BE|Brussels|Bruxelles,Brussel|bruxellois,bruxelloise
BE|Antwerp|Anvers,Antwerpen|anversois
BE|Ghent|Gand,Gent|
BE|Liège|Liege|liégeois
NL|Amsterdam||amstellodamois
NL|Rotterdam||
NL|The Hague|La Haye,Den Haag|
NL|Eindhoven||
NL|Utrecht||
LU|Luxembourg City|Luxembourg-Ville|
CH|Geneva|Genève,Genf|genevois,genevoise
CH|Zurich|Zürich,Zurich|zurichois,zurichoise
CH|Basel|Bâle,Bale|bâlois
CH|Lausanne||lausannois,lausannoise
CH|Bern|Berne|bernois
AT|Vienna|Vienne,Wien|viennois,viennoise,viennese
IT|Milan|Milano|milanais,milanaise
IT|Rome|Roma|romain,romaine
IT|Turin|Torino|turinois,turinoise
IT|Naples|Napoli|napolitain,napolitaine
IT|Florence|Firenze|florentin,florentine
IT|Bologna|Bologne|
ES|Madrid||madrilène,madrilènes
ES|Barcelona|Barcelone|barcelonais,barcelonaise
ES|Valencia||
ES|Seville|Séville,Sevilla|sévillan,sévillane
ES|Bilbao||
ES|Malaga|Málaga|
PT|Lisbon|Lisbonne,Lisboa|lisboète,lisboètes
PT|Porto|Oporto|
SE|Stockholm||stockholmois
SE|Gothenburg|Göteborg,Goteborg|
SE|Malmö|Malmo|
NO|Oslo||
DK|Copenhagen|Copenhague,København|
FI|Helsinki|Helsingfors|
EE|Tallinn||
PL|Warsaw|Varsovie,Warszawa|varsovien,varsovienne
PL|Krakow|Cracovie,Kraków|
CZ|Prague|Praha|pragois
HU|Budapest||
RO|Bucharest|Bucarest,București|
GR|Athens|Athènes|athénien
TR|Istanbul|Istanbul|stambouliote
RU|Moscow|Moscou|moscovite
UA|Kyiv|Kiev,Kyïv|
US|New York|New York City,NYC,Manhattan|new-yorkais,new-yorkaise
US|San Francisco||
US|Los Angeles||
US|Chicago||
US|Boston||
US|Seattle||
US|Austin||
US|Miami||
US|Washington|Washington D.C.,Washington DC|
US|Atlanta||
US|Dallas||
US|Houston||
US|Denver||
US|San Jose||
US|Palo Alto||
US|Mountain View||
US|Menlo Park||
US|Cupertino||
US|Redmond||
US|Detroit||
US|Philadelphia|Philadelphie|
CA|Montreal|Montréal|montréalais,montréalaise
CA|Toronto||torontois
CA|Vancouver||
CA|Ottawa||
CA|Quebec City|Québec City,Ville de Québec|
MX|Mexico City|Ciudad de México|
BR|São Paulo|Sao Paulo|pauliste
BR|Rio de Janeiro|Rio|
AR|Buenos Aires||
CL|Santiago||
CO|Bogotá|Bogota|
MA|Casablanca||casablancais
MA|Rabat||
MA|Marrakech|Marrakesh|
TN|Tunis||
DZ|Algiers|Alger|algérois
SN|Dakar||dakarois
CI|Abidjan||abidjanais
NG|Lagos||
KE|Nairobi||
ZA|Johannesburg|Johannesbourg|
ZA|Cape Town|Le Cap|
EG|Cairo|Le Caire|cairote
AE|Dubai|Dubaï|
AE|Abu Dhabi|Abou Dhabi|
SA|Riyadh|Riyad|
QA|Doha||
IL|Tel Aviv|Tel-Aviv|
IN|Bangalore|Bengaluru|
IN|Mumbai|Bombay|
IN|New Delhi|Delhi|
IN|Hyderabad||
IN|Chennai|Madras|
IN|Pune||
CN|Beijing|Pékin,Pekin,Peking|pékinois,pékinoise
CN|Shanghai|Shanghaï|shanghaïen,shanghaïenne
CN|Shenzhen||
CN|Hangzhou||
CN|Guangzhou|Canton|cantonais
HK|Hong Kong City|Hong Kong-Ville|
TW|Taipei|Taïpei|
JP|Tokyo||tokyoïte
JP|Osaka|Ōsaka|
KR|Seoul|Séoul|
SG|Singapore City|Singapour-Ville|
AU|Sydney||
AU|Melbourne||
VN|Ho Chi Minh City|Hô Chi Minh-Ville,Saigon|
ID|Jakarta|Djakarta|
TH|Bangkok||
`;
