import { describe, expect, it } from 'vitest';
import type { RoleEdge } from '../../src/model/graph.js';
import { comparePartial, heldAt, inRange, overlapped } from '../../src/services/dates.js';

function role(status: 'CURRENT' | 'FORMER', start: string | null, end: string | null, statusAsOf = ''): RoleEdge {
  return {
    id: `role:${status}-${start}-${end}`, personId: 'person:x', companyId: 'company:y', title: null, titleCanonical: null,
    seniority: null, status, start, end, placeId: null, order: 0, statusAsOf, sourceIds: [], evidence: [], confidence: 1,
  };
}

describe('partial dates', () => {
  it('compare as prefixes: a year neither precedes nor follows one of its months', () => {
    expect(comparePartial('2014', '2014-05')).toBe(0);
    expect(comparePartial('2014-04', '2014-05-01')).toBe(-1);
    expect(comparePartial('2015', '2014-12-31')).toBe(1);
  });

  it('keep a date in an inclusive range; an unknown date is in no bounded range', () => {
    expect(inRange('2014-05', '2014', '2014')).toBe(true);
    expect(inRange('2014', '2014-05', null)).toBe(true);
    expect(inRange('2013-12', '2014', null)).toBe(false);
    expect(inRange(null, null, null)).toBe(true);
    expect(inRange(null, '2014', null)).toBe(false);
  });
});

describe('heldAt', () => {
  it('counts a dated role between its start and its end, or from its start when current', () => {
    expect(heldAt(role('FORMER', '2010', '2014'), '2012-06')).toBe(true);
    expect(heldAt(role('FORMER', '2010', '2014'), '2014-12')).toBe(true);
    expect(heldAt(role('FORMER', '2010', '2014'), '2015')).toBe(false);
    expect(heldAt(role('CURRENT', '2015-01', null), '2014')).toBe(false);
    expect(heldAt(role('CURRENT', '2015-01', null), '2030')).toBe(true);
  });

  it('leaves out a former role with no end, and guesses no period for an undated role', () => {
    expect(heldAt(role('FORMER', '2010', null), '2011')).toBe(false);
    expect(heldAt(role('FORMER', null, '2014'), '2013')).toBe(false);
    expect(heldAt(role('CURRENT', null, null, ''), '2020')).toBe(false);
  });

  it('counts an undated current role from the publication of the article calling it current', () => {
    expect(heldAt(role('CURRENT', null, null, '2023-06-01'), '2023-05')).toBe(false);
    expect(heldAt(role('CURRENT', null, null, '2023-06-01'), '2023-06')).toBe(true);
    expect(heldAt(role('CURRENT', null, null, '2023-06-01'), '2024')).toBe(true);
  });
});

describe('overlapped', () => {
  it('holds for two current roles, and for date ranges that meet', () => {
    expect(overlapped(role('CURRENT', null, null), role('CURRENT', null, null))).toBe(true);
    expect(overlapped(role('FORMER', '2010', '2014'), role('FORMER', '2012', '2018-12'))).toBe(true);
    expect(overlapped(role('FORMER', '2010', '2014'), role('FORMER', '2014-06', '2016'))).toBe(true);
    expect(overlapped(role('FORMER', '2010', '2014'), role('CURRENT', '2013', null))).toBe(true);
  });

  it('fails for ranges apart, and whenever a date is unknown', () => {
    expect(overlapped(role('FORMER', '2010', '2014'), role('FORMER', '2016', '2020'))).toBe(false);
    expect(overlapped(role('FORMER', '2016', '2020'), role('CURRENT', '2021', null))).toBe(false);
    expect(overlapped(role('FORMER', null, null), role('FORMER', '2012', '2018'))).toBe(false);
    expect(overlapped(role('FORMER', '2012', null), role('CURRENT', '2012', null))).toBe(false);
    expect(overlapped(role('CURRENT', null, null), role('FORMER', '2012', '2030'))).toBe(false);
  });
});
