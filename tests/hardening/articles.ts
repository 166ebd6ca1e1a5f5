/**
 * Deterministic news articles the rules extractor reads (appointments with a previous role,
 * office openings), in French and English, each text unique: for kill, load and fuzz tests.
 * No randomness: article i is always the same text.
 */
const FIRST = ['Claire', 'Thomas', 'Julien', 'Emma', 'Sophie', 'Marc', 'Laura', 'Nicolas', 'Anna', 'David',
  'Camille', 'Pierre', 'Sarah', 'Michael', 'Isabelle', 'Daniel', 'Julie', 'Paul', 'Marie', 'Robert'];
const LAST = ['Dubois', 'Miller', 'Moreau', 'Johnson', 'Laurent', 'Fischer', 'Bernard', 'Wilson', 'Petit', 'Keller',
  'Garnier', 'Hughes', 'Roux', 'Turner', 'Fournier', 'Walker', 'Girard', 'Baker', 'Lambert', 'Porter'];
const PREFIX = ['Nordvik', 'Valmont', 'Brightwave', 'Kestrel', 'Orbital', 'Solenne', 'Arcadia', 'Helix', 'Quantis', 'Borealis',
  'Veridian', 'Lumen', 'Castor', 'Meridian', 'Altair', 'Sequoia'];
const SUFFIX = ['Systems', 'Industries', 'Analytics', 'Logistics', 'Freight', 'Robotics', 'Capital', 'Labs'];
const CITIES = ['Munich', 'Berlin', 'Londres', 'Madrid', 'Milan', 'Tokyo', 'Toronto', 'Lyon'];
const TITLES_FR = [['directrice générale', 'directrice financière'], ['directeur général', 'directeur commercial']];
const TITLES_EN = ['chief executive officer', 'chief financial officer', 'chief operating officer', 'chief technology officer'];

export interface GeneratedArticle {
  id: string;
  text: string;
  lang: 'fr' | 'en';
  published: string;
  title: string;
}

const company = (n: number): string => `${PREFIX[n % PREFIX.length]} ${SUFFIX[Math.floor(n / PREFIX.length) % SUFFIX.length]}`;

export function article(i: number): GeneratedArticle {
  const person = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  // Distinct per article: the person (400 names) with a batch number past 400.
  const batch = Math.floor(i / (FIRST.length * LAST.length));
  const to = company(i * 7 + batch);
  const from = company(i * 7 + batch + 3);
  const city = CITIES[i % CITIES.length] as string;
  const month = String((i % 12) + 1).padStart(2, '0');
  const year = 2015 + (i % 10);
  const published = `${year}-${month}-15`;
  if (i % 2 === 0) {
    const [now, before] = TITLES_FR[i % 4 === 0 ? 0 : 1] as [string, string];
    const text = `${to} a nommé ${person} au poste de ${now}. ${i % 4 === 0 ? 'Elle' : 'Il'} était auparavant ${before} chez ${from}.`
      + (i % 3 === 0 ? ` ${to} a annoncé l'ouverture d'un bureau à ${city}.` : '')
      + (batch > 0 ? ` Communiqué ${batch}.` : '');
    return { id: `a${i}`, text, lang: 'fr', published, title: `${to} nomme ${person}` };
  }
  const now = TITLES_EN[i % TITLES_EN.length] as string;
  const before = TITLES_EN[(i + 1) % TITLES_EN.length] as string;
  const text = `${to} has appointed ${person} as ${now}. ${person.split(' ')[1]} was previously ${before} at ${from}.`
    + (i % 3 === 0 ? ` ${to} opened an office in ${city === 'Londres' ? 'London' : city}.` : '')
    + (batch > 0 ? ` Release ${batch}.` : '');
  return { id: `a${i}`, text, lang: 'en', published, title: `${to} appoints ${person}` };
}

export function articles(count: number, from = 0): GeneratedArticle[] {
  return Array.from({ length: count }, (_, k) => article(from + k));
}

/** One JSON line per article, as `careergraph ingest x.jsonl` reads them. */
export function jsonl(list: readonly GeneratedArticle[]): string {
  return list.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, published: a.published, title: a.title })).join('\n') + '\n';
}
