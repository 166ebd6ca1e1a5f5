/**
 * Extraction quality as a regression guard: the rules backend scored on the annotated sets
 * kept in tests/fixtures, per language, in two groups. The older sets (heldout, blind2–blind8
 * and the developer-written tune8fr, tune8en, tune8exp) have been tuned on for several rounds;
 * the newer ones (blind9 to blind19, the held-out sets of rounds 6 to 20, and tune10,
 * tune11exp, tune12 and tune12exp, written blind in rounds 7 and 9) for one to nine, and score
 * lower. The floors sit a little under what the extractor scores today, so a rule change that
 * loses facts elsewhere fails here and not only in `careergraph eval`. A set joins only once its
 * held-out measure is recorded in its README: nothing is tuned against a held-out set, not even
 * a floor (blind18, held out in rounds 17 and 18, joined at round 19's start; blind19, held out
 * in rounds 19 and 20, joined at round 20's end, once its last held-out measure was recorded;
 * blind20, held out in rounds 21 and 22, is left out).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGold, scoreDataset, type EvalReport } from '../../src/eval/index.js';
import { rulesBackend } from '../../src/extract/index.js';

interface Floors {
  roles: { precision: number; recall: number };
  expansions: { precision: number; recall: number };
}

/** Floors per language, on the union of each group's sets. The targets are 0.85/0.75 and 0.80/0.70. */
const GROUPS: ReadonlyArray<{ name: string; sets: string[]; floors: Floors }> = [
  {
    name: 'sets tuned on since round 5',
    sets: ['heldout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'tune8fr', 'tune8en', 'tune8exp'],
    floors: { roles: { precision: 0.94, recall: 0.92 }, expansions: { precision: 0.98, recall: 0.95 } },
  },
  {
    name: 'sets tuned on since round 7',
    sets: ['blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'tune10', 'tune11exp', 'tune12', 'tune12exp'],
    // At the end of round 12 (blind14 joined, and 50 second jobs added to these sets' gold by
    // GUIDELINES' "one fact per job") the union scored roles fr 0.947/0.872, en 0.907/0.834;
    // expansions fr 0.949/0.872, en 0.923/0.847. With blind15 (held out in round 12) joined at the
    // start of round 13: roles fr 0.944/0.866, en 0.901/0.827; expansions fr 0.946/0.860, en 0.928/0.834.
    // With blind16 (held out in round 13, aggregate-only validation in round 14) joined at the start
    // of round 15: roles fr 0.950/0.878, en 0.913/0.843; expansions fr 0.938/0.859, en 0.918/0.858.
    // With blind17 (held out in rounds 15 and 16) joined at the start of round 17: roles fr
    // 0.947/0.875, en 0.917/0.845; expansions fr 0.947/0.876, en 0.925/0.866.
    // With blind18 (held out in rounds 17 and 18) joined at the start of round 19: roles fr
    // 0.952/0.876, en 0.925/0.874; expansions fr 0.950/0.895, en 0.932/0.908.
    // With blind19 (held out in rounds 19 and 20) joined at the end of round 20: roles fr
    // 0.950/0.874, en 0.927/0.877; expansions fr 0.949/0.893, en 0.927/0.898.
    // At the end of round 21 (families chosen from blind19's misses): roles fr 0.962/0.890, en
    // 0.933/0.887; expansions fr 0.958/0.918, en 0.935/0.915. The floors were raised then, still
    // about two points under the lowest language, so that a lost family shows here.
    floors: { roles: { precision: 0.91, recall: 0.86 }, expansions: { precision: 0.92, recall: 0.89 } },
  },
];

function scoreSets(sets: readonly string[]): EvalReport {
  const items = sets.flatMap((set) =>
    ['passages.jsonl', 'articles.jsonl']
      .map((file) => new URL(`../fixtures/${set}/${file}`, import.meta.url))
      // The tune sets have passages only.
      .filter((url) => existsSync(url))
      .flatMap((url) => parseGold(readFileSync(url, 'utf8'))),
  ).map((gold) => ({ gold, predicted: rulesBackend.extract({ text: gold.text, lang: gold.lang, published: gold.published ?? null }) }));
  return scoreDataset(items);
}

for (const group of GROUPS) {
  describe(`extraction quality on the annotated ${group.name}`, () => {
    const report = scoreSets(group.sets);

    for (const lang of ['fr', 'en'] as const) {
      for (const kind of ['roles', 'expansions'] as const) {
        const floor = group.floors[kind];
        it(`${lang} ${kind}: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => {
          const s = report.byLang[lang][kind];
          // Enough gold facts that the ratio means something.
          expect(s.tp + s.fn).toBeGreaterThan(150);
          expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
          expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
        });
      }
    }
  });
}
