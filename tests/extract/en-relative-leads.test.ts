/**
 * A job told by a present-tense verb in a relative clause, the way news mentions a speaker in
 * passing: "Hamid Karimi, who heads the European unit of Zarin Trading, said…", "who also chairs
 * the audit committee of X" (current, no title); the same clause beside a hire elsewhere tells
 * the job left ("Acme has hired X, who runs Y's Asian business, as CEO": former) unless a time
 * word keeps it ("who currently runs"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English relative clauses of leading', () => {
  it('reads "who heads / runs / leads / oversees / chairs" as a current job without a title', () => {
    expect(roles('Hamid Karimi, who heads the European unit of Zarin Trading, told reporters that demand was weak.', 'en')).toContainEqual(['Hamid Karimi', 'Zarin Trading', null, 'current']);
    expect(roles('"We are cautious," said Yusuf Demirel, who runs investor relations at Kalder Foods.', 'en')).toContainEqual(['Yusuf Demirel', 'Kalder Foods', null, 'current']);
    expect(roles("Lena Holt, who oversees Asian sales for Brisk Motors, said prices would rise.", 'en')).toContainEqual(['Lena Holt', 'Brisk Motors', null, 'current']);
    expect(roles('Castelmora appointed Ana Ruiz as chair. Ruiz, who also chairs the audit committee of Brixton Water, joined the board in 2019.', 'en')).toContainEqual(['Ana Ruiz', 'Brixton Water', null, 'current']);
  });
  it('reads the clause beside a hire elsewhere as the job left, unless a time word keeps it', () => {
    const r = roles("Castelmora SpA has hired Giulia Rossi, who runs Vellano's Asia-Pacific business, as chief executive.", 'en');
    expect(r).toContainEqual(['Giulia Rossi', 'Vellano', null, 'former']);
    expect(r).toContainEqual(['Giulia Rossi', 'Castelmora SpA', 'chief executive', 'current']);
    expect(roles("Castelmora has named Giulia Rossi, who currently runs Vellano's Asia-Pacific business, as chief executive.", 'en')).toContainEqual(['Giulia Rossi', 'Vellano', null, 'current']);
  });
  it('gives "its" inside a relative clause to the firm the clause names, not to the one hiring', () => {
    const r = roles('Larkspur Outdoor has hired Haruki Sone, who worked for four years at Penwith Pay and latterly was its head of payments, as chief financial officer.', 'en');
    expect(r).toContainEqual(['Haruki Sone', 'Penwith Pay', 'head of payments', 'former']);
    expect(r).toContainEqual(['Haruki Sone', 'Larkspur Outdoor', 'chief financial officer', 'current']);
    expect(r.some(([, company, title]) => company === 'Larkspur Outdoor' && title === 'head of payments')).toBe(false);
    // (the clause closed before "its": the firm the sentence is about)
    const s = roles('Larkspur Outdoor said Haruki Sone, who joined from Penwith Pay in 2019, is now its chief financial officer.', 'en');
    expect(s).toContainEqual(['Haruki Sone', 'Larkspur Outdoor', 'chief financial officer', 'current']);
  });
  it('gives a post held by a relative left unnamed ("while her father stays on as chairman") to no one', () => {
    const r = roles('Caspar Wendell takes over as president of Wendell Glass next month, while his father stays on as chairman.', 'en');
    expect(r).toContainEqual(['Caspar Wendell', 'Wendell Glass', 'president', 'current']);
    expect(r.some(([person, , title]) => person === 'Caspar Wendell' && title === 'chairman')).toBe(false);
    const fr = roles('Inès Wendell devient présidente de Wendell Verre, dont son père restera président d\'honneur.', 'fr');
    expect(fr.some(([person, , title]) => person === 'Inès Wendell' && title === "président d'honneur")).toBe(false);
  });
});
