import { describe, expect, it } from 'vitest';
import { makeScore, scoreDataset } from '../../src/eval/index.js';
import { echo, expansion, facts, gold, role } from './fixtures.js';

describe('makeScore', () => {
  it('computes P, R and F1 from counts', () => {
    const s = makeScore(3, 1, 2);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
  it('treats an empty denominator as perfect only when nothing else went wrong', () => {
    expect(makeScore(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(makeScore(0, 0, 4)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(makeScore(0, 2, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoreDataset', () => {
  const all = [gold(0), gold(1), gold(2)];

  it('gives P = R = F1 = 1 to a perfect prediction', () => {
    const r = scoreDataset(all.map((g) => ({ gold: g, predicted: echo(g) })));
    for (const pair of [r.byLang.fr, r.byLang.en, r.all]) {
      for (const s of [pair.roles, pair.expansions]) {
        expect(s).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
      }
    }
    expect(r.all.roles.tp).toBe(3);
    expect(r.all.expansions.tp).toBe(3);
    expect(r.byLang.fr.passages).toBe(1);
    expect(r.byLang.en.passages).toBe(2);
    expect(r.titles).toMatchObject({ matched: 3, agree: 3, rate: 1 });
    expect(r.misses).toEqual([]);
    expect(r.falseHits).toEqual([]);
  });

  it('gives R = 0 to an empty prediction on gold with facts, and lists the misses', () => {
    const g = gold(0);
    const r = scoreDataset([{ gold: g, predicted: facts('fr') }]);
    expect(r.all.roles).toMatchObject({ tp: 0, fp: 0, fn: 2, recall: 0, f1: 0 });
    expect(r.all.expansions).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(r.misses.map((m) => [m.passageId, m.type, m.fact.company])).toEqual([
      ['t-fr-1', 'role', 'Quento SA'],
      ['t-fr-1', 'role', 'Brisemer'],
      ['t-fr-1', 'expansion', 'Brisemer'],
    ]);
    expect(r.titles.rate).toBeNull();
  });

  it('lowers precision for a false hit on a passage with no gold facts', () => {
    const r = scoreDataset([
      { gold: gold(1), predicted: echo(gold(1)) },
      { gold: gold(2), predicted: facts('en', [role('Ivo Marsh', 'Quento', 'current', 'CEO')]) },
    ]);
    expect(r.byLang.en.roles).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.falseHits).toEqual([
      { passageId: 't-en-2', lang: 'en', type: 'role', fact: { person: 'Ivo Marsh', company: 'Quento', title: 'CEO', status: 'current' } },
    ]);
  });

  it('counts a predicted partnership with a partner for both parties', () => {
    const predicted = facts('en', [role('Pritchard-Vale', 'Tolvaro', 'current', 'CEO')], [
      expansion('Tolvaro', 'partnership', 'Wales', 'Kestrel Bank plc'),
    ]);
    const r = scoreDataset([{ gold: gold(1), predicted }]);
    expect(r.all.expansions).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // surname-only person and "Tolvaro" ~ "Tolvaro Group" still match; the title differs
    expect(r.all.roles).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.titles).toMatchObject({ matched: 1, agree: 0 });
    expect(r.titles.disagreements[0]).toMatchObject({ gold: 'chief executive', predicted: 'CEO' });
  });

  it('requires the place only when the gold has one, and matches each gold fact once', () => {
    const g = gold(0);
    const predicted = facts('fr', [], [
      expansion('Brisemer', 'office', 'Lisbon'),
      expansion('Brisemer', 'office', 'Lisbonne'),
      expansion('Brisemer', 'office', 'Porto'),
    ]);
    const r = scoreDataset([{ gold: g, predicted }]);
    expect(r.all.expansions).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(r.falseHits.map((f) => f.type === 'expansion' && f.fact.place)).toEqual(['Lisbon', 'Porto']);
  });

  it('does not match a role with the wrong status', () => {
    const predicted = facts('fr', [role('Mathilde Ravel-Ondine', 'Quento', 'current')]);
    const r = scoreDataset([{ gold: gold(0), predicted }]);
    expect(r.all.roles).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });
});
