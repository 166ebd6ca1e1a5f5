/**
 * A deal's place given in the sentence after it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('where a deal was signed, said next', () => {
  it('places the deal of the sentence before', () => {
    const fr = "La start-up Ombrel s'allie à Schneider Electric pour équiper des entrepôts. L'accord a été signé à Dunkerque.";
    expect(facts(fr, 'fr')).toEqual(['Ombrel | partnership | Dunkerque | Schneider Electric']);
    const en = 'Kelvar Wind has teamed up with Vestas on turbine servicing. The agreement was signed in Oslo on Monday.';
    expect(facts(en, 'en')).toEqual(['Kelvar Wind | partnership | Oslo | Vestas']);
  });
  it('leaves a deal unplaced when the next sentence is about something else', () => {
    const fr = "La start-up Ombrel s'allie à Schneider Electric. Le bureau a été inauguré à Lille.";
    expect(facts(fr, 'fr')).toContain('Ombrel | partnership | — | Schneider Electric');
  });
});
