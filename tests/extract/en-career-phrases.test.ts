/**
 * English career phrases read by the career rules: "cut her teeth at", "sits on the boards of
 * A and B", "X alumnus Name", a list through "Inc.", a unit after a regional acronym, a brand
 * named with its 's at the end of a list, a hire still in talks and the title a career started
 * with. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English career phrases', () => {
  it('reads the title after "started his career as" as a past one', () => {
    const r = roles('Vasko has appointed Jon Arve as chief executive. Arve joins from Ondrel, having started his career as an analyst at Pekka Bank.');
    expect(r).toContainEqual(['Jon Arve', 'Pekka Bank', 'analyst', 'former']);
  });
  it('reads "cut her teeth at" as a past employer', () => {
    expect(roles('Mira Castell, who cut her teeth at Ondrel, joins Vasko as chief financial officer.')).toContainEqual(['Mira Castell', 'Ondrel', null, 'former']);
  });
  it('reads every board of "sits on the boards of A and B" as current', () => {
    const r = roles('Mira Castell currently sits on the boards of Ondrel and Pekka Foods.');
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', null, 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pekka Foods', null, 'current']);
  });
  it('gives "X alumnus Name" to the name that follows', () => {
    const r = roles('Vasko, led by Tova Lind, has hired Ondrel alumnus Daniel Kess as head of sales.');
    expect(r).toContainEqual(['Daniel Kess', 'Ondrel', null, 'former']);
    expect(r.some((x) => x[0] === 'Tova Lind' && x[1] === 'Ondrel')).toBe(false);
  });
  it('reads a list on through an abbreviated legal form', () => {
    const r = roles('Mira Castell, who held senior roles at Ondrel, Brisa Inc. and Pekka Foods, joins Vasko as chair.');
    expect(r).toContainEqual(['Mira Castell', 'Pekka Foods', null, 'former']);
  });
  it("lists a brand named with its 's, and not an owner's unit", () => {
    const r = roles("Mira Castell, who joins Vasko as chief financial officer, previously worked at Ondrel and Pekka's.");
    expect(r).toContainEqual(['Mira Castell', "Pekka's", null, 'former']);
    const owned = roles("Mira Castell previously ran Brisa Cargo, Ondrel's freight arm, and joins Vasko as chair.");
    expect(owned).toContainEqual(['Mira Castell', 'Brisa Cargo', null, 'former']);
    expect(owned.some((x) => x[1].startsWith('Ondrel'))).toBe(false);
  });
  it('does not take a unit after a regional acronym for a firm', () => {
    const r = roles('Mira Castell spent ten years at Ondrel, most recently as co-head of EMEA TMT.');
    expect(r.some((x) => x[1] === 'EMEA TMT')).toBe(false);
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', 'co-head', 'former']);
  });
  it('gives no post for a hire still in talks', () => {
    const r = roles('Vasko is in talks to hire former Ondrel executive Jaro Kess as its next chief executive, people familiar with the matter said.');
    expect(r.some((x) => x[1] === 'Vasko')).toBe(false);
  });
});

describe('English career lists', () => {
  it('reads a firm described by a nationality and a sector noun', () => {
    expect(roles('Mira Castell also sits on the board of Danish furniture brand Kvist Living.')).toContainEqual(['Mira Castell', 'Kvist Living', null, 'current']);
  });
  it('reads "N years at A and M at B" as two past employers', () => {
    const r = roles('Mira Castell spent six years at Ondrel and two at Pekka Foods before joining Vasko as chief executive.');
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', null, 'former']);
    expect(r).toContainEqual(['Mira Castell', 'Pekka Foods', null, 'former']);
  });
});

describe('clients are not employers', () => {
  it('does not read "led work for X" as a job at X', () => {
    const r = roles('Mira Castell spent eight years at Ondrel, where she led work for Pekka Foods.');
    expect(r.some((x) => x[1] === 'Pekka Foods')).toBe(false);
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', null, 'former']);
  });
});

describe('co-led units', () => {
  it("reads \"who co-led X's practice\" as a past job at X", () => {
    expect(roles("Mira Castell, who co-led Ondrel's restructuring practice, joins Pluma as a partner.")).toContainEqual(['Mira Castell', 'Ondrel', null, 'former']);
  });
  it('reads "hails from X" and "began her career in <field> at X" as past employers', () => {
    const a = roles('Pelham Foods has hired Ravi Kumaran as chief technology officer. Kumaran hails from Stripe, where he spent nine years.');
    expect(a).toContainEqual(['Ravi Kumaran', 'Stripe', null, 'former']);
    const b = roles('Pelham Foods has hired Ana Torr as chief marketing officer. Torr began her career in brand management at Unilever.');
    expect(b).toContainEqual(['Ana Torr', 'Unilever', null, 'former']);
  });
  it('reads a title "in the <trade> sector" as held at no named employer', () => {
    const r = roles('Pelham Foods said chief executive Tom Harl will retire in June. Harl served as a CFO in the retail sector before joining.');
    expect(r.some((x) => x[2] === 'CFO')).toBe(false);
  });
  it('reads "held roles of increasing responsibility at X and Y" as past employers', () => {
    const r = roles('Pelham Bio named Ana Torr as chief medical officer. Before that, she held roles of increasing responsibility at Kestova and Brindle Labs.');
    expect(r).toContainEqual(['Ana Torr', 'Kestova', null, 'former']);
    expect(r).toContainEqual(['Ana Torr', 'Brindle Labs', null, 'former']);
  });
  it('reads "held management roles with A and B" as past employers', () => {
    const r = roles('Earlier in his career, Tomasz Velk held management roles with Brisa Foods and Ondrel Retail.');
    expect(r).toContainEqual(['Tomasz Velk', 'Brisa Foods', null, 'former']);
    expect(r).toContainEqual(['Tomasz Velk', 'Ondrel Retail', null, 'former']);
  });
  it('does not take "Prior" opening a sentence for a firm', () => {
    const r = roles('Prior to Vasko, Amy Velk worked for Ondrel Media for eight years, latterly as its head of digital.');
    expect(r.some((x) => x[0] === 'Amy Velk' && x[1] === 'Ondrel Media' && x[3] === 'former')).toBe(true);
    expect(r.some((x) => x[1] === 'Prior')).toBe(false);
  });
  it('knows West African, southern African and Greek given names in a plain subject', () => {
    expect(roles('Osei Danquah is now chief financial officer of Brisa Dairies.')).toContainEqual(['Osei Danquah', 'Brisa Dairies', 'chief financial officer', 'current']);
    expect(roles('Lerato Dube is now head of sales at Ondrel.')).toContainEqual(['Lerato Dube', 'Ondrel', 'head of sales', 'current']);
  });
  it('reads a career start whose post is no known title ("started out as an apprentice fitter with X")', () => {
    const a = roles('Brannock Mills named Ottilie Fenwright plant director. Fenwright started out as an apprentice fitter with Harlowe Engineering in 1988.');
    expect(a.some((x) => x[0] === 'Ottilie Fenwright' && x[1] === 'Harlowe Engineering' && x[3] === 'former')).toBe(true);
    const b = roles('Brannock Mills named Ottilie Fenwright plant director. She began her career as a graduate trainee at Quellbrook before moving into retail.');
    expect(b.some((x) => x[0] === 'Ottilie Fenwright' && x[1] === 'Quellbrook' && x[3] === 'former')).toBe(true);
  });
  it('reads "after six years as an auditor at X" and "previously built … at X" as past employers', () => {
    const a = roles('Kwabena Asante joined Tarrow Group in 2015 after six years as an auditor at Linwell Partners.');
    expect(a.some((x) => x[0] === 'Kwabena Asante' && x[1] === 'Linwell Partners' && x[3] === 'former')).toBe(true);
    const b = roles('Ostrel Labs named Kwabena Asante chief technology officer. Asante previously built the data team at Varnholt.');
    expect(b).toContainEqual(['Kwabena Asante', 'Ostrel Labs', 'chief technology officer', 'current']);
    expect(b.some((x) => x[0] === 'Kwabena Asante' && x[1] === 'Varnholt' && x[3] === 'former')).toBe(true);
  });
});
