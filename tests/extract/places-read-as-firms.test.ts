/**
 * A place or a capitalised common word is no employer: a fronted locative ("À Plouzévet, la
 * conserverie X…"), a sentence's opening word ("Comme annoncé, …", "Workers at…"), a site's town
 * ("the Port Kellan rolling mill"), a post's region ("Vice President of EMEA Sales"). A family firm
 * named after its people stays the firm, and a capitalised article inside a sentence stays in the
 * name ("de La Grange Dorée"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { expansionRows, roleKeys, roleRows } from '../helpers/extract.js';

const names = (sentence: string) => findMentions(sentence, tokenize(sentence), () => false).map((m) => m.text);

describe('places and opening words read as firms', () => {
  it('reads a fronted town as a place and keeps the family firm', () => {
    const text = "À Plouzévet, la conserverie Kerlouan change de génération. Yann Kerlouan, 38 ans, prend la direction générale de l'entreprise familiale. Son père, Alain Kerlouan, devient président du conseil de surveillance. La maison réalise 20 % de ses ventes au Japon.";
    expect(roleKeys(text, 'fr')).toEqual([['Yann Kerlouan', 'Kerlouan', 'current'], ['Alain Kerlouan', 'Kerlouan', 'current']]);
    expect(expansionRows(text, 'fr')).toEqual(['Kerlouan | market | Japon']);
  });
  it('reads "Comme annoncé" as no firm', () => {
    expect(roleKeys("Comme annoncé, son président, Luc Berthier, quitte l'entreprise Talvane.", 'fr')).toEqual([['Luc Berthier', 'Talvane', 'former']]);
  });
  it('reads a plant town as no employer', () => {
    const text = "Tregaron Steel's longest-serving employee, Hafod Evans-Pask, retired on Friday after 38 years at the Port Kellan rolling mill, the last 9 as works manager.";
    expect(roleKeys(text, 'en').map((r) => r[1])).not.toContain('Port Kellan');
  });
  it('reads the staff opening a sentence as no name', () => {
    expect(names("Workers at Harnden Aero' Tulsa plant walked off the job on Monday.")).not.toContain('Workers');
    expect(names('Employees at Harnden Aero voted to strike.')).toEqual(['Harnden Aero']);
  });
  it('keeps a region before a function in the title', () => {
    expect(roleRows('Owen Varley joins from Quennell Software, where he was Vice President of EMEA Sales.')).toEqual([['Owen Varley', 'Quennell Software', 'Vice President of EMEA Sales', 'former']]);
    expect(roleKeys('Tarvex named Nadia Osei senior vice president of sales. Osei most recently served as Vice President of EMEA Sales at Grellin Systems.', 'en')).toContainEqual(['Nadia Osei', 'Grellin Systems', 'former']);
  });
  it('keeps a capitalised article inside a sentence in the name', () => {
    expect(roleKeys('Marc Viala, directeur général de La Grange Dorée, rejoint Talvane.', 'fr')).toEqual([['Marc Viala', 'La Grange Dorée', 'former'], ['Marc Viala', 'Talvane', 'current']]);
  });
});
