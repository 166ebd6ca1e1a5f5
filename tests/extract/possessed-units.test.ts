/**
 * A title over something the subject owns, named right after ("editor of its weekly, The Orvel
 * Review", "directrice de son quotidien L'Écho du Var"): the thing owned is the employer, and a
 * predecessor in the same post left it. Sentences of our own.
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
