/** Operations the hardening tests send: what a real client asks, and what an abuser would. */

/** Realistic client queries: each must pass every default limit. */
export const REALISTIC: Record<string, string> = {
  'a page of people with full careers': `{ people(first: 100) { totalCount edges { cursor node { id name aliases
    careerPath { id title titleCanonical status start end company { id name parent { name } } place { name }
      evidence { sentence source { id title url publishedAt } } } } } pageInfo { hasNextPage endCursor } } }`,
  'a company page': `{ company(name: "alibaba") { id name aliases kind parent { name } subsidiaries { name }
    roles { person { name } title status start end place { name countryCode } evidence { sentence source { title url } } }
    alumni { name } people(first: 50) { totalCount edges { node { name currentRoles { title company { name } } } } }
    talentIn { company { name } count people { name } } talentOut { company { name } count people { name } }
    expansion { events { kind date place { name } partner { name } evidence { sentence } } places { name } partners { name }
      leaders { person { name } title } }
    sources(first: 50) { totalCount edges { node { title url publishedAt } } } } }`,
  'pages by variable': `query ($after: String, $n: Int) { people(first: $n, after: $after) { edges { node { name
    careerPath { company { name } title } } } pageInfo { endCursor hasNextPage } } }`,
  'a dashboard of ten lookups': `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: person(name: "person ${i}") { name currentRoles { company { name } title } }`).join(' ')} }`,
  'colleagues of colleagues': `{ person(id: "person:sebastien-badault") { colleagues { person { name colleagues { person { name } company { name } } } company { name } } } }`,
  'with fragments and directives': `query ($full: Boolean = true) { person(name: "terry von bibra") { ...Card careerPath @include(if: $full) { ...RoleCard } } }
    fragment Card on Person { id name aliases }
    fragment RoleCard on Role { title status company { name } place { name } }`,
};

const nest = (depth: number, leaf = 'name'): string =>
  depth === 0 ? leaf : `colleagues { person { ${nest(depth - 1, leaf)} } }`;

/** Each must be refused with QUERY_TOO_COMPLEX. */
export const ABUSIVE = {
  'too deep': `{ person(name: "x") { ${nest(6)} } }`,
  'nested lists': `{ company(name: "x") { alumni { colleagues { person { colleagues { person { colleagues { person { colleagues { overlapped } } } } } } } } } }`,
  'wide pages of nested lists': `{ people(first: 100) { edges { node { colleagues { person { colleagues { person { careerPath { evidence { sentence } } } } } } } } } }`,
  'many aliases': `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { persons }`).join(' ')} }`,
  'alias bomb on an expensive field': `{ ${Array.from({ length: 60 }, (_, i) => `c${i}: connection(from: "person:a", to: "person:b", maxHops: 6) { hops }`).join(' ')} }`,
  'many directives': `{ stats { persons ${Array.from({ length: 50 }, () => '@include(if: true)').join(' ')} } }`,
  'many tokens': `{ stats { ${Array.from({ length: 6000 }, () => 'persons').join(' ')} } }`,
} as const;
