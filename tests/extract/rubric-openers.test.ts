/** Obituary and interview rubrics opening a text are no firm: "Obituary: Sir X, who built…". Sentences of our own. */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('obituary and interview rubrics', () => {
  it('reads the firm of the text, not the rubric', () => {
    expect(roles('Obituary: Sir Alan Whitcombe, who built Whitcombe Homes into a large housebuilder, has died aged 88. He stepped down as chairman in 2009.')).toEqual([['Alan Whitcombe', 'Whitcombe Homes', 'chairman', 'former']]);
    expect(roles('Nécrologie : Pierre Aumont, qui a présidé Terres du Gers de 1998 à 2015, est décédé.', 'fr')).toEqual([['Pierre Aumont', 'Terres du Gers', null, 'former']]);
  });
});

describe('round-up lines labelled with their firm', () => {
  it('gives each line its own firm', () => {
    const text = 'MOVES\n- Harlow Partners: Mira Sandoval joins as head of private credit from Brightwater Capital.\n- Kestrel Insurance: Tobin Larsgard, chief underwriting officer (ex-Aldane Re).';
    expect(roles(text)).toEqual([
      ['Mira Sandoval', 'Harlow Partners', 'head of private credit', 'current'],
      ['Mira Sandoval', 'Brightwater Capital', null, 'former'],
      ['Tobin Larsgard', 'Kestrel Insurance', 'chief underwriting officer', 'current'],
      ['Tobin Larsgard', 'Aldane Re', null, 'former'],
    ]);
  });
});

describe('round-up items joined by semicolons', () => {
  it('gives each item the firm that hires in it', () => {
    const text = 'Appointments in brief: Tessaro Systems has named Kenji Abernathy chief technology officer; Quenby Insurance hired Lucia Ferreira as general counsel; and Pellham Retail promoted Noor Haddad to chief operating officer.';
    expect(roles(text)).toEqual([
      ['Kenji Abernathy', 'Tessaro Systems', 'chief technology officer', 'current'],
      ['Lucia Ferreira', 'Quenby Insurance', 'general counsel', 'current'],
      ['Noor Haddad', 'Pellham Retail', 'chief operating officer', 'current'],
    ]);
  });
  it('reads French items the same way', () => {
    const text = 'Carnet. Norvia a nommé Claire Dubosc directrice des ressources humaines ; Lumorra a recruté Thomas Gaudin au poste de directeur juridique.';
    expect(roles(text, 'fr')).toEqual([
      ['Claire Dubosc', 'Norvia', 'directrice des ressources humaines', 'current'],
      ['Thomas Gaudin', 'Lumorra', 'directeur juridique', 'current'],
    ]);
  });
  it('keeps the subject before the semicolon when the item names none', () => {
    expect(roles('Tessaro Systems is restructuring; it has appointed Kenji Abernathy as chief technology officer.')).toEqual([['Kenji Abernathy', 'Tessaro Systems', 'chief technology officer', 'current']]);
  });
});

describe('round-ups headed by each firm on a line of its own', () => {
  it('gives the lines under a heading its firm', () => {
    const text = 'Mouvements\n\nVestalis\nHélène Carpentier rejoint le groupe en tant que directrice marketing.\nMarc Olivier est promu directeur des opérations.\n\nCobalis\nNadège Ferrouk est nommée présidente du directoire.';
    expect(roles(text, 'fr')).toEqual([
      ['Hélène Carpentier', 'Vestalis', 'directrice marketing', 'current'],
      ['Marc Olivier', 'Vestalis', 'directeur des opérations', 'current'],
      ['Nadège Ferrouk', 'Cobalis', 'présidente du directoire', 'current'],
    ]);
    const en = "Who's moving where\n\nTanglewood Partners\nSofia Marcellini joins as managing director.\nDaniel Oyelaran is named chief operating officer.\n\nFernleigh Analytics\nHelena Varga becomes chief data officer.";
    expect(roles(en)).toEqual([
      ['Sofia Marcellini', 'Tanglewood Partners', 'managing director', 'current'],
      ['Daniel Oyelaran', 'Tanglewood Partners', 'chief operating officer', 'current'],
      ['Helena Varga', 'Fernleigh Analytics', 'chief data officer', 'current'],
    ]);
  });
});
