import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { detectLanguage, normalize, splitSentences } from '../../src/extract/index.js';

describe('normalize', () => {
  it('unifies quotes and spaces and is idempotent', () => {
    const n = normalize('L\u2019ex-directeur\u00a0a dit \u201cbonjour\u201d.\r\n\r\n\r\nFin  ici.');
    expect(n).toBe('L\'ex-directeur a dit "bonjour".\n\nFin ici.');
    expect(normalize(n)).toBe(n);
  });
  it('turns HTML into text', () => {
    const n = normalize('<html><body><p>Hello&nbsp;<b>world</b> &amp; co</p><script>x()</script><p>Next&#233;</p></body></html>');
    expect(n).toBe('Hello world & co\n\nNexté');
  });
});

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage('Le groupe a nommé un nouveau directeur général pour la France.')).toBe('fr');
    expect(detectLanguage('The company has appointed a new chief executive for the group.')).toBe('en');
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations and quoted speech whole', () => {
    const s = splitSentences('M. Dupont rejoint Acme Inc. en sept. 2020. Mr. Smith left. « Nous. Avançons », dit-il.').map((x) => x.text);
    expect(s).toEqual(['M. Dupont rejoint Acme Inc. en sept. 2020.', 'Mr. Smith left.', '« Nous. Avançons », dit-il.']);
  });
  it('marks teaser lines and datelines', () => {
    const s = splitSentences('PARIS (Reuters) - Acme opens an office.\nFive tips for your phone…');
    expect(s[0]?.dateline).toBe('PARIS (Reuters) - '.length);
    expect(s[1]?.skip).toBe(true);
  });
  it('caps sentences so text without punctuation still splits', () => {
    const text = 'mot '.repeat(10000);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(10);
    for (const x of s) expect(x.text.length).toBeLessThanOrEqual(1300);
  });
});

describe('findDates', () => {
  const one = (text: string, published: string | null = '2025-01-21') => findDates(text, published)[0];
  it('reads points, ranges and starts', () => {
    expect(one('introduction en Bourse qui remonte à septembre 2014')).toMatchObject({ kind: 'point', from: '2014-09' });
    expect(one('directeur de 2019 à 2023')).toMatchObject({ kind: 'range', from: '2019', to: '2023' });
    expect(one('from 2015 to 2018')).toMatchObject({ kind: 'range', from: '2015', to: '2018' });
    expect(one('DGA depuis septembre 2019')).toMatchObject({ kind: 'since', from: '2019-09' });
    expect(one('acting CEO since March 2021')).toMatchObject({ kind: 'since', from: '2021-03' });
    expect(one('le 12 mai 2014')).toMatchObject({ kind: 'point', from: '2014-05-12' });
  });
  it('places a month without a year nearest to the publication date', () => {
    expect(one('En novembre, il a conclu')).toMatchObject({ from: '2024-11' });
    expect(one('à compter du 1er mars')).toMatchObject({ from: '2025-03-01' });
    expect(one('last month')).toMatchObject({ from: '2024-12' });
    expect(findDates('En novembre, il a conclu', null)).toEqual([]);
  });
  it('does not read the verb "may" as a month', () => {
    expect(findDates('The bank may open an office.', '2024-01-01')).toEqual([]);
  });
});

describe('detectLanguage on one short line', () => {
  it('tells a French brief with no function word from an English one', () => {
    expect(detectLanguage('Jeanne Morvan quitte Brevalis.')).toBe('fr');
    expect(detectLanguage('Paul Kerbrat nommé PDG de Tellane.')).toBe('fr');
    expect(detectLanguage('Hugo Lenoir, ex-DG de Corvane, rejoint Ostrel comme directeur.')).toBe('fr');
    expect(detectLanguage('Dana Whitlow joins Quillon as CFO.')).toBe('en');
    expect(detectLanguage('Renée Lefèvre steps down.')).toBe('en');
    expect(detectLanguage('Orvanto names new chief executive.')).toBe('en');
  });
});
