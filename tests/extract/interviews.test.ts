/**
 * Q&A interviews: "I"/"je" in an answer and "you"/"vous" in a question are the person
 * interviewed; elsewhere "I" stays nobody's. Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows as roles } from '../helpers/extract.js';

describe('question-and-answer interviews', () => {
  it('gives the answers\' first person to the one interviewed (en)', () => {
    const r = roles('Interview: Ruth Pellam, chief executive of Velmora\n\nQ: You spent a decade at Orsel before joining Velmora. What did you learn there?\nA: At Orsel I ran the payments business. Before that I worked at Brantley Bank.');
    expect(r).toContainEqual(['Ruth Pellam', 'Velmora', 'chief executive', 'current']);
    expect(r).toContainEqual(['Ruth Pellam', 'Orsel', null, 'former']);
    expect(r).toContainEqual(['Ruth Pellam', 'Brantley Bank', null, 'former']);
  });
  it('reads "I began my career as an analyst at Y" as a past post', () => {
    const r = roles('Ruth Pellam, CEO, Velmora\nQ. How did you start?\nA. I began my career as an analyst at Brantley Bank.');
    expect(r).toContainEqual(['Ruth Pellam', 'Brantley Bank', 'analyst', 'former']);
  });
  it('does the same in French ("Question : … Réponse : J\'ai …")', () => {
    const r = roles("Entretien avec Claire Mavel, présidente de Talvane\n\nQuestion : Vous avez passé quinze ans chez Orsel. Pourquoi partir ?\nRéponse : J'ai commencé ma carrière chez Deloitte.", 'fr');
    expect(r).toContainEqual(['Claire Mavel', 'Talvane', 'présidente', 'current']);
    expect(r).toContainEqual(['Claire Mavel', 'Orsel', null, 'former']);
    expect(r).toContainEqual(['Claire Mavel', 'Deloitte', null, 'former']);
  });
  it('leaves "I" alone outside an interview', () => {
    const r = roles('Velmora named Ruth Pellam chief executive. "I worked at Orsel for years," said Tom Brill, an analyst.');
    expect(r.some((x) => x[0] === 'Ruth Pellam' && x[1] === 'Orsel')).toBe(false);
  });
});

describe('expansions told in a question-and-answer interview (round 21)', () => {
  it('gives "your"/"we" to the company the intro names, never to the "Q" label', () => {
    const text = 'Sofia Tavash has run Velkora, a Munich-based payments group, since 2021.\nQ: Why Porto for your first office abroad?\nA: Engineers — we opened there in March and already have 40 people.';
    expect(expansionRows(text, 'en')).toEqual(['Velkora | office | Porto']);
  });
});
