/**
 * cueUnion (cues.ts): several cue lists matched in one walk give what trying them one after
 * another gives — the longest cue of any list, the earlier list on a tie — at every token.
 * Lists and sentences of our own, then careerRoles' four career lists on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { anyCueAt, CAREER_CURRENT, CAREER_FORMER, CAREER_LEAD, CAREER_START, type CueList, cueList, cueUnion, unionAt, unionEnd, unionList } from '../../src/extract/cues.js';
import { tokenize } from '../../src/extract/tokens.js';

/** At each token: [end, list position] of the longest cue, the earlier list on a tie, tried list by list. */
function oneByOne(text: string, lists: readonly CueList[]): Array<[number, number]> {
  const t = tokenize(text);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < t.length; i++) {
    let end = -1;
    let list = -1;
    lists.forEach((l, k) => {
      const e = anyCueAt(t, i, l);
      if (e > end) [end, list] = [e, k];
    });
    out.push([end, list]);
  }
  return out;
}

function together(text: string, lists: readonly CueList[]): Array<[number, number]> {
  const union = cueUnion(lists);
  const t = tokenize(text);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < t.length; i++) {
    const hit = unionAt(t, i, union);
    out.push(hit < 0 ? [-1, -1] : [unionEnd(hit, union), unionList(hit, union)]);
  }
  return out;
}

describe('cueUnion', () => {
  it('keeps the longest cue and, on a tie, the earlier list (wildcards included)', () => {
    const lists = [cueList('left | is leaving'), cueList('is leaving for | left for | joined'), cueList('left | a * quitte | is * leaving'), cueList('joined | joined from | a pris * la tete de | a pris la tete')];
    for (const text of ['Ana Velk is leaving for Brastelle after she left Dorsa.', 'He left for Brimwell, then joined from Ostra.', 'Elle a rapidement quitte Velmora et a pris ensuite la tete de Sorvik.', 'She is not leaving; he is leaving.', 'joined']) {
      expect(together(text, lists)).toEqual(oneByOne(text, lists));
    }
    const t = tokenize('Ana is leaving for Brastelle.');
    const union = cueUnion(lists);
    const hit = unionAt(t, 1, union);
    expect([unionEnd(hit, union), unionList(hit, union)]).toEqual([4, 1]);
    const tie = unionAt(tokenize('He left Dorsa.'), 1, union);
    expect([unionEnd(tie, union), unionList(tie, union)]).toEqual([2, 0]);
  });

  it("matches the career lists as careerRoles tried them", () => {
    const lists = [CAREER_START, CAREER_FORMER, CAREER_CURRENT, CAREER_LEAD];
    for (const text of [
      'Passée par Lumetra et Korvia, Julie Anders a travaillé chez Pexaro avant de rejoindre Velistra, dont elle prend la tête.',
      'Tomas Riedl, who began his career at Qualtix and had worked for Norvexa, is leaving for Brimwell to lead its Oslo unit.',
      "Elle travaillait depuis dix ans chez Orvelia et officiait jusqu'ici chez Tandisco ; elle prendra la direction de Sotrima.",
    ]) {
      expect(together(text, lists)).toEqual(oneByOne(text, lists));
    }
  });
});
