/**
 * A title over something the subject owns, named right after ("editor of its weekly, The Orvel
 * Review", "directrice de son quotidien L'Écho du Var"): the thing owned is the employer, and a
 * predecessor in the same post left it; and a scope after the title ("for Congress", "of E&S
 * property") is not the employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a unit the subject owns, named after the title', () => {
  it('reads "of its Mexican unit, X" even when the title took "of its Mexican" as its scope', () => {
    const r = roles('Brazilian lender Banco Velcor SA has named Ana Lopes as chief executive of its Mexican unit, Velcor México, as it prepares to expand.');
    expect(r).toContainEqual(['Ana Lopes', 'Velcor México', 'chief executive', 'current']);
  });
  it('reads a site or a daily in apposition, and the predecessor left it', () => {
    const r = roles('Corvane Media Group has named Lara Pike editor in chief of its personal-finance site, CashLane, succeeding Tom Reed, who is leaving.');
    expect(r).toContainEqual(['Lara Pike', 'CashLane', 'editor in chief', 'current']);
    expect(r).toContainEqual(['Tom Reed', 'CashLane', 'editor in chief', 'former']);
    const d = roles('Corvane Media Inc. named Lara Pike managing editor of its flagship business daily, The Daily Ledger.');
    expect(d).toContainEqual(['Lara Pike', 'Daily Ledger', 'managing editor', 'current']);
  });
  it('reads "de son quotidien X" without a comma', () => {
    const r = roles("Le groupe de presse Ouestmédia a nommé Lara Pic rédactrice en chef de son quotidien L'Écho du Var. Elle succède à Tom Reed, qui part à la retraite.", 'fr');
    expect(r).toContainEqual(['Lara Pic', "L'Écho du Var", 'rédactrice en chef', 'current']);
    expect(r).toContainEqual(['Tom Reed', "L'Écho du Var", null, 'former']);
  });
  it('keeps the subject when no name follows what it owns', () => {
    const r = roles('Corvane Media Group has named Lara Pike editor of its personal-finance site.');
    expect(r).toContainEqual(['Lara Pike', 'Corvane Media Group', 'editor of its personal-finance site', 'current']);
  });
});

describe('the predecessor\'s employer as the sentence writes it', () => {
  it('copies the short form the predecessor\'s sentence gives', () => {
    const r = roles('Velcor Systems, Inc. said Anna Berg will join the company as chief financial officer. She succeeds Tom Hale, who will remain with Velcor as an adviser through June.');
    expect(r).toContainEqual(['Tom Hale', 'Velcor', 'adviser', 'current']);
  });
});

describe('a scope after the title is not the employer', () => {
  it('reads "for X" as the scope when an owner\'s "\'s" or a "where" clause names the employer', () => {
    const r = roles("Velcor has hired Carmen Ruiz, previously Orvia's deputy managing editor for Congress, as its first executive editor.");
    expect(r).toContainEqual(['Carmen Ruiz', 'Orvia', 'deputy managing editor for Congress', 'former']);
    const w = roles('Yoon Ji joins Nexor from Krafta, where he was head of global publishing for Pyxel.');
    expect(w).toContainEqual(['Yoon Ji', 'Krafta', 'head of global publishing for Pyxel', 'former']);
  });
  it('still reads "for X" as the employer when nothing else names one', () => {
    expect(roles('Anna Holt was head of sales for Brenmark until 2020.')).toContainEqual(['Anna Holt', 'Brenmark', 'head of sales', 'former']);
  });
  it('skips a product line whose name reads like a firm\'s before "at Y"', () => {
    const r = roles('Daniel Okafor joins Velcor. Okafor was most recently executive vice president of E&S property at Brelmark.');
    expect(r).toContainEqual(['Daniel Okafor', 'Brelmark', 'executive vice president', 'former']);
  });
});

describe('a speaker talks for the description the sentence opens on', () => {
  it('holds the title at the text\'s company, not at the partner the clause names', () => {
    const r = roles('Velmora Pay has opened an office in Dakar. The company has signed a partnership with Orbanque to let users cash out at its branches, co-founder and chief executive Awa Ndiaye said.');
    expect(r).toContainEqual(['Awa Ndiaye', 'Velmora Pay', 'co-founder and chief executive', 'current']);
  });
});
