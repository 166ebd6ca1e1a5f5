/**
 * Successions told by idiom ("steps into the shoes of X", "inherits the role from X",
 * "filling the vacancy left by X, who decamped to Y") and a Korean family name used alone
 * ("Kim Ji-won … Kim joined"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('English succession idioms', () => {
  it('reads "steps into the shoes of X" as X leaving the post', () => {
    const k = roleKeys('Norvale Mining has named Idris Kallan chief executive. Kallan steps into the shoes of Tobin Marsh, who was ousted in May.', 'en');
    expect(k).toContainEqual(['Tobin Marsh', 'Norvale Mining', 'former']);
  });
  it('reads "inherits the role from X" as X leaving the post', () => {
    const k = roleKeys('Quillora has a new chief technology officer: Ines Varga. She inherits the role from co-founder Tobin Marsh, who will focus on sales as chief strategy officer.', 'en');
    expect(k).toContainEqual(['Tobin Marsh', 'Quillora', 'former']);
    expect(k).toContainEqual(['Tobin Marsh', 'Quillora', 'current']);
  });
  it('reads "filling the vacancy left by X, who decamped to Y"', () => {
    const k = roleKeys('Harrow & Pike has elevated Ines Varga to chief creative officer, filling the vacancy left by Tobin Marsh, who decamped to Brightwell in June.', 'en');
    expect(k).toContainEqual(['Tobin Marsh', 'Harrow & Pike', 'former']);
    expect(k).toContainEqual(['Tobin Marsh', 'Brightwell', 'current']);
  });
  it('knows a Korean family name used alone', () => {
    const k = roleKeys('Hanul Games said Lee Min-seo, its co-CEO, will resign, leaving Choi Da-eun as sole chief executive. Lee joined Hanul from Krafton in 2019.', 'en');
    expect(k).toContainEqual(['Lee Min-seo', 'Krafton', 'former']);
    expect(k).not.toContainEqual(['Choi Da-eun', 'Krafton', 'former']);
  });
  it('gives the post of "had chosen T1 X to replace her as T2" to X', () => {
    const k = roleKeys('Drugmaker Velbrook Pharma said chief executive Ines Varga will retire next year and that its board had chosen chief operating officer Tobin Marsh to replace her as CEO.', 'en');
    expect(k).toContainEqual(['Tobin Marsh', 'Velbrook Pharma', 'current']);
    expect(k).toContainEqual(['Tobin Marsh', 'Velbrook Pharma', 'former']);
    expect(k).toContainEqual(['Ines Varga', 'Velbrook Pharma', 'former']);
  });
  it('reads "a search that followed the abrupt exit of X" as X leaving the post', () => {
    const k = roleKeys('Harbour Mutual on Monday named Ines Varga as its next chief executive, ending a search that followed the abrupt exit of Tobin Marsh.', 'en');
    expect(k).toContainEqual(['Ines Varga', 'Harbour Mutual', 'current']);
    expect(k).toContainEqual(['Tobin Marsh', 'Harbour Mutual', 'former']);
  });
  it('gives "the retiring Y" after "in place of" / "replacing" the leaving, not the newcomer', () => {
    for (const link of ['in place of the retiring', 'replacing the retiring']) {
      const k = roleKeys(`Tarnwell Aviation named Ines Varga chief operating officer ${link} Tobin Marsh.`, 'en');
      expect(k).toContainEqual(['Ines Varga', 'Tarnwell Aviation', 'current']);
      expect(k).toContainEqual(['Tobin Marsh', 'Tarnwell Aviation', 'former']);
      expect(k).not.toContainEqual(['Ines Varga', 'Tarnwell Aviation', 'former']);
    }
  });
  it('reads "X will be succeeded as T of ORG by Y" with the firm written after the post', () => {
    const k = roleKeys('Tobin Marsh, who is retiring, will be succeeded as chief executive of Tarnwell Aviation by Ines Varga.', 'en');
    expect(k).toContainEqual(['Ines Varga', 'Tarnwell Aviation', 'current']);
    expect(k).toContainEqual(['Tobin Marsh', 'Tarnwell Aviation', 'former']);
  });
  it('reads "a search that began when X said he would step down" as X leaving the post filled', () => {
    const k = roleKeys('Harbour Mutual has named Ines Varga as its next chief executive, ending a search that began when Tobin Marsh said he would step down.', 'en');
    expect(k).toContainEqual(['Ines Varga', 'Harbour Mutual', 'current']);
    expect(k).toContainEqual(['Tobin Marsh', 'Harbour Mutual', 'former']);
  });
});
