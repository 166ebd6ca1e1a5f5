/**
 * Shortcuts that fold a token or a name once: `foldTokenText` and `lookupTokenPlace` give what
 * `fold` and `lookupPlaceForm` give on the token's text, and a mention's folded text follows a
 * rewrite of its text. Words and sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldTokenText } from '../../src/lexicon/fold.js';
import { lookupPlaceForm, lookupTokenPlace } from '../../src/lexicon/places.js';
import { foldedText, newMention } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';

const SENTENCE = "La start-up lyonnaise Velcor, née à Saint-Étienne, s'installe au Québec, à New York et à Düsseldorf avec Orvel-Brandt & Cie, DAF `Ørsted` Œuvre Straße ex-PDG de l'ESN l’Hôtel.";

describe('token folds', () => {
  it('foldTokenText and lookupTokenPlace agree with fold and lookupPlaceForm on every token', () => {
    const tokens = tokenize(SENTENCE);
    expect(tokens.length).toBeGreaterThan(20);
    for (const t of tokens) {
      expect(foldTokenText(t.text, t.f)).toBe(fold(t.text));
      expect(lookupTokenPlace(t)).toBe(lookupPlaceForm(t.text));
    }
    expect(lookupTokenPlace(undefined)).toBeNull();
    expect(lookupTokenPlace(tokens.find((t) => t.text === 'lyonnaise'))?.adjective).toBe(true);
  });

  it("a mention's folded text is folded again after its text is rewritten", () => {
    const m = newMention('UNKNOWN', 0, 2, 'Orvel-Brandt Cie');
    expect(foldedText(m)).toBe(fold('Orvel-Brandt Cie'));
    m.text = 'Brandt';
    expect(foldedText(m)).toBe('brandt');
  });
});
