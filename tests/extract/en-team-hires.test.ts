/**
 * A team hired from another firm (the lateral hire of the legal and banking press): each member
 * listed after "led by", "includes", "as do", "also moving are" in the hiring sentence or the
 * three after it leaves the firm the team comes from and works at the hiring firm (GUIDELINES:
 * "joins from X" gives X, former, null). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('a team hired from another firm', () => {
  it('lists the leader and the members a later sentence names', () => {
    const r = roleRows('Brenlow Pryce LLP has hired a four-partner tax team from Orrin Vale LLP, the firm said Monday. The group is led by Ada Brisk, who co-chaired the tax practice there, and includes Tom Ferrell, Ivo Stern and Lea Marchal.', 'en');
    for (const p of ['Ada Brisk', 'Tom Ferrell', 'Ivo Stern', 'Lea Marchal']) {
      expect(r).toContainEqual([p, 'Brenlow Pryce LLP', null, 'current']);
      expect(r).toContainEqual([p, 'Orrin Vale LLP', null, 'former']);
    }
  });
  it('takes a post written for the leader to the hiring firm, and "as do" lists the others', () => {
    const r = roleRows('Corvane Legal LLP has hired a banking team from Tessand Partners, led by Rosa Kettering. Kettering joins as a partner, as do Peter Lagarde and Nina Oduya.', 'en');
    expect(r).toContainEqual(['Rosa Kettering', 'Tessand Partners', null, 'former']);
    expect(r.some((x) => x[0] === 'Rosa Kettering' && x[1] === 'Tessand Partners' && x[3] === 'current')).toBe(false);
    for (const p of ['Peter Lagarde', 'Nina Oduya']) expect(r.filter((x) => x[0] === p && x[1] === 'Corvane Legal LLP' && x[3] === 'current')).toHaveLength(1);
  });
  it('does not make members of people the hire is reported to', () => {
    const r = roleRows('Corvane Legal LLP has hired a banking team from Tessand Partners, led by Rosa Kettering, who will report to chief executive Omar Lindqvist.', 'en');
    expect(r.some((x) => x[0] === 'Omar Lindqvist' && x[1] === 'Tessand Partners')).toBe(false);
  });
  it('reads nothing for a hire of one person from a firm', () => {
    const r = roleRows('Corvane Legal LLP has hired Rosa Kettering from Tessand Partners, including her book of clients.', 'en');
    expect(r).toContainEqual(['Rosa Kettering', 'Tessand Partners', null, 'former']);
  });
});
