/**
 * Example operations shown as GraphiQL tabs. A test runs every one of them, so a tab that
 * stops working fails the build.
 */
export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** For a write: sent as `Authorization: Bearer <key>`; the tab shows API_KEY_PLACEHOLDER. */
  needsApiKey?: boolean;
}

/** What a write tab shows where the server's CAREERGRAPH_API_KEY goes. */
export const API_KEY_PLACEHOLDER = 'your-CAREERGRAPH_API_KEY';

export const EXAMPLES: Example[] = [
  {
    name: 'Career path',
    query: `# Sébastien Badault's career, oldest role first, each role with its evidence.
# Name lookup forgives case and accents.
{
  person(name: "sebastien badault") {
    name
    careerPath {
      company { name parent { name } }
      title
      status
      place { name }
      evidence { sentence source { title } }
    }
  }
}`,
  },
  {
    name: 'Current and former roles',
    query: `# Terry von Bibra: who he works for now, and where he worked before.
{
  person(name: "Terry von Bibra") {
    currentRoles { company { name } title place { name countryCode } }
    former: roles(status: FORMER) { company { name } title }
  }
}`,
  },
  {
    name: 'Company people',
    query: `# Everyone the sources place at Alibaba ("Alibaba Group" is the same company).
{
  company(name: "Alibaba Group") {
    name
    aliases
    roles { person { name } title status place { name } }
  }
}`,
  },
  {
    name: 'Alumni and subsidiaries',
    query: `# Google's alumni include those of its subsidiaries (Google France).
{
  company(name: "google") {
    name
    subsidiaries { name }
    alumni { name careerPath { company { name } status } }
  }
}`,
  },
  {
    name: 'Talent flow',
    query: `# Who went from Amazon (or its subsidiaries) to Alibaba, with the evidence of both roles.
# since/until (e.g. since: "2014") keep moves whose Alibaba role starts in that range.
{
  talentFlow(from: "company:amazon", to: "company:alibaba") {
    person { name }
    from { company { name } title evidence { sentence } }
    to { company { name } title place { name } evidence { sentence } }
  }
}`,
  },
  {
    name: 'Talent in and out',
    query: `# Where Alibaba's people came from, and where Amazon's went: per company, most people first.
{
  alibaba: company(id: "company:alibaba") { talentIn { company { name } count people { name } } }
  amazon: company(id: "company:amazon") { talentOut { company { name } count people { name } } }
}`,
  },
  {
    name: 'Connection',
    query: `# The shortest path between two people, through the companies they worked at.
# overlapping: true only links people whose tenures overlapped in time.
{
  connection(from: "person:sebastien-badault", to: "person:terry-von-bibra", maxHops: 4) {
    hops
    nodes { __typename ... on Person { name } ... on Company { name } }
    roles { person { name } company { name } title status }
  }
  colleaguesInFact: connection(from: "person:sebastien-badault", to: "person:terry-von-bibra", overlapping: true) { hops }
}`,
  },
  {
    name: 'Expansion',
    query: `# Where Alibaba expands, with whom, and who leads it there (a role in Munich lies in Germany).
{
  expansion(company: "company:alibaba") {
    events { kind date place { name } partner { name } evidence { sentence } }
    places { name kind countryCode }
    partners { name kind }
    leaders { person { name } title place { name } }
  }
}`,
  },
  {
    name: 'Colleagues',
    query: `# Who worked at the same companies as Sébastien Badault, and whether at the same time.
{
  person(id: "person:sebastien-badault") {
    colleagues { person { name } company { name } overlapped }
  }
}`,
  },
  {
    name: 'Search',
    query: `# Names forgiving typos, accents, case and prefixes: "badolt" finds Badault.
{
  search(query: "badolt", first: 5) {
    score
    node { __typename ... on Person { id name } ... on Company { id name kind } }
  }
}`,
  },
  {
    name: 'People, page by page',
    query: `# Relay pagination: pass pageInfo.endCursor as "after" for the next page.
# filter: { name: "bad" } or { company: "company:alibaba" }.
query ($after: String) {
  people(first: 2, after: $after) {
    totalCount
    edges { cursor node { name currentRoles { company { name } } } }
    pageInfo { hasNextPage endCursor }
  }
  company(id: "company:alibaba") {
    people(first: 10) { totalCount edges { node { name } } }
    sources { totalCount edges { node { title publishedAt } } }
  }
}`,
  },
  {
    name: 'Roles as of a date',
    query: `# Who held which role at Alibaba at a date. Undated roles count from the publication
# date of the article that calls them current (see the schema's documentation).
{
  company(id: "company:alibaba") {
    now: roles(status: CURRENT) { person { name } title }
    in2025: roles(asOf: "2025-06") { person { name } title start end }
  }
}`,
  },
  {
    name: 'Ingest an article',
    needsApiKey: true,
    query: `# Adds an article's facts to the graph (needs the server's CAREERGRAPH_API_KEY in the
# Authorization header, below). Names merge with the graph: this Amazon is the Amazon already there.
mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    sourceId created
    persons { added merged } companies { added merged } roles { added merged }
    namedPeople { name careerPath { company { name } title status } }
  }
}`,
    variables: {
      input: {
        title: 'Example: a new chief operating officer',
        lang: 'en',
        publishedAt: '2024-03-04',
        text: 'Harbor Lane Robotics has appointed Priya Castellanos as chief operating officer. She previously spent six years at Amazon, where she was vice president of operations.',
      },
    },
  },
  {
    name: 'Graph size',
    query: `{ stats { persons companies places sources roles expansions } }`,
  },
];

/**
 * The example with an operation name made from its title ("Career path" → CareerPath), so
 * GraphiQL labels its tab instead of showing "<untitled>".
 */
export function namedOperation(example: Example): string {
  const name = example.name.replace(/[^\p{L}\p{N}]+(.)?/gu, (_, c: string | undefined) => (c ?? '').toUpperCase());
  const opName = name.charAt(0).toUpperCase() + name.slice(1);
  const lines = example.query.split('\n');
  const at = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  const line = lines[at];
  if (line === undefined) return example.query;
  lines[at] = line.startsWith('{')
    ? `query ${opName} ${line}`
    : line.replace(/^(query|mutation)\s*(?=[({])/, `$1 ${opName}`);
  return lines.join('\n');
}
