/**
 * Example operations shown as GraphiQL tabs. A test runs every one of them, so a tab that
 * stops working fails the build.
 */
export interface Example {
  name: string;
  query: string;
}

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
    name: 'Graph size',
    query: `{ stats { persons companies places sources roles expansions } }`,
  },
];
