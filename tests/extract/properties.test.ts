import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, normalize } from '../../src/extract/index.js';

// Words that make the rules fire, mixed with arbitrary Unicode, so the property reaches
// deep code paths and not only the tokenizer.
const WORDS = [
  'Alpha', 'Nordia Group', 'Jean Martin', 'Marie-Claire de La Roche', 'directeur général', 'de', "d'",
  'chez', 'ex-', 'ancienne', 'CEO', 'chief executive', 'at', 'of', 'nomme', 'has appointed', 'as',
  'bureau', 'à', 'Paris', 'Allemagne', 'partenariat', 'avec', 'NYSE', 'coté au', 'depuis 2011',
  'de 2019 à 2023', 'passé par', 'il', 'she', ',', '.', '(', ')', ':', '«', '»', '…', '\n', "l'",
  'Mme', 'M.', 'where', 'où', 'était', 'was', 'formerly', 'se lance en', 'Espagne', 'qui',
];

const textArb = fc.array(
  fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

describe('extract properties', () => {
  it('never throws, quotes only the normalized text, and is deterministic', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('fr', 'en', 'auto') as fc.Arbitrary<'fr' | 'en' | 'auto'>, (text, lang) => {
        const facts = extract({ text, lang, published: '2024-05-01' });
        const norm = normalize(text);
        for (const f of [...facts.roles, ...facts.expansions]) expect(norm.includes(f.evidence)).toBe(true);
        expect(JSON.stringify(extract({ text, lang, published: '2024-05-01' }))).toBe(JSON.stringify(facts));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  // No timing here (bench/extract.ts measures speed); the timeout only catches a hang.
  it('handles a long text without punctuation', { timeout: 60_000 }, () => {
    const text = 'Alpha Beta directeur de Gamma chez Delta '.repeat(6000);
    const facts = extract({ text });
    expect(Array.isArray(facts.roles)).toBe(true);
  });

  it('handles one giant token and stray surrogates', { timeout: 60_000 }, () => {
    const text = `${'é'.repeat(200_000)}\u0000\uffff\ud800${'X'.repeat(200_000)}`;
    const facts = extract({ text });
    expect(facts.roles).toEqual([]);
  });
});
