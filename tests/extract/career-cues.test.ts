/**
 * Career phrases and clause limits the role rules read: "a Stripe alum", "débauchée de",
 * "de chez", "sits on the board of", "before moving to"; a rumour that "circule"; a colon or an
 * aside ("ex-X, au poste de T") that ends the clause a time word belongs to; a company written
 * as the title's modifier; government posts and title remits. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('career phrases', () => {
  it('reads "a Stripe alum" and "a 20-year Accenture alumnus" but not a school (en)', () => {
    expect(roleRows('Ruth Alban, a Norvel alum, joined Tarvex in 2021.', 'en')).toContainEqual(['Ruth Alban', 'Norvel', null, 'former']);
    expect(roleRows('Carl Mensah, a 20-year Velcor alumnus, is named chief people officer of Tarvex.', 'en')).toContainEqual(['Carl Mensah', 'Velcor', null, 'former']);
    expect(roleRows('Ruth Alban, a Harvard Business School alum, joined Tarvex in 2021.', 'en').map((r) => r[1])).not.toContain('Harvard Business School');
  });
  it('reads "débauchée d\'X" and "arrivée de chez X" (fr)', () => {
    expect(roleRows('La directrice générale de Kosmal, Léa Sarrat, débauchée d\'Orvane en 2023, signe un accord.', 'fr')).toContainEqual(['Léa Sarrat', 'Orvane', null, 'former']);
    expect(roleRows('Norvane a levé 20 millions. Une opération pilotée par sa directrice financière, Anne Okoro, arrivée en début d\'année de chez Velcor.', 'fr')).toContainEqual(['Anne Okoro', 'Velcor', null, 'former']);
  });
  it('reads a board seat without a title and a move told in the past (en)', () => {
    expect(roleRows('Tarvex has chosen Ana Ferro as its next chair. Ferro, who sits on the board of Velcor, starts in April.', 'en')).toContainEqual(['Ana Ferro', 'Velcor', null, 'current']);
    const r = roleRows('Orbiqa has named Sven Moyer as chief operating officer. Moyer spent eight years at Velcor before moving to Norvel as head of operations.', 'en');
    expect(r).toContainEqual(['Sven Moyer', 'Norvel', null, 'former']);
  });
  it('reads a description opening the sentence as the person met before (en)', () => {
    const r = roleRows('Orbiqa has named Sven Moyer as chief operating officer. The former banker, who spent eight years at Velcor, replaces Elena Ivko.', 'en');
    expect(r).toContainEqual(['Sven Moyer', 'Velcor', null, 'former']);
    expect(r.filter((x) => x[0] === 'Elena Ivko' && x[1] === 'Velcor')).toEqual([]);
  });
  it('skips a rumoured post that "circule" (fr)', () => {
    expect(roleRows('Le nom de Julie Arnaud circule pour prendre la tête de Velcor Optique.', 'fr')).toEqual([]);
  });
});

describe('clause limits of a time word', () => {
  it('does not read "is" before a colon as the status of what follows (en)', () => {
    const r = roleRows('Tarvex is also changing its top lawyer: general counsel Dana White is retiring and will be replaced by Aaron Feld.', 'en');
    expect(r).toContainEqual(['Dana White', 'Tarvex', 'general counsel', 'former']);
    expect(r).toContainEqual(['Aaron Feld', 'Tarvex', 'general counsel', 'current']);
  });
  it('does not read "ex-" in an aside as the status of the post given after it (fr)', () => {
    const r = roleRows('Orbiqa a recruté Tobias Lind, ex-Velcor, au poste de directeur international.', 'fr');
    expect(r).toContainEqual(['Tobias Lind', 'Orbiqa', 'directeur international', 'current']);
    expect(r).toContainEqual(['Tobias Lind', 'Velcor', null, 'former']);
  });
});

describe('where a title is held', () => {
  it('reads a company written before the title as its employer (en)', () => {
    const r = roleRows('Tarvex has chosen Ana Ferro, a former Norvel Bank chief executive, as its next chair.', 'en');
    expect(r).toContainEqual(['Ana Ferro', 'Norvel Bank', 'chief executive', 'former']);
    expect(r).toContainEqual(['Ana Ferro', 'Tarvex', 'chair', 'current']);
  });
  it('does not read a scope of places before the title as an employer (en)', () => {
    const r = roleRows('Orbiqa has appointed Olu Adeyo as UK & Ireland managing director.', 'en');
    expect(r.map((x) => x[1])).toEqual(['Orbiqa']);
  });
});

describe('titles', () => {
  it('keeps a remit in the title ("chargée de", "en charge de", "mondial") (fr)', () => {
    expect(roleRows('Chez Orvane, Sabine Toul devient directrice générale déléguée chargée des finances.', 'fr')).toContainEqual(['Sabine Toul', 'Orvane', 'directrice générale déléguée chargée des finances', 'current']);
    expect(roleRows("Paul Marin est nommé DGA en charge des systèmes d'information de Velcor.", 'fr')).toContainEqual(['Paul Marin', 'Velcor', "DGA en charge des systèmes d'information", 'current']);
    expect(roleRows('Luc Brun est nommé responsable mondial des marchés de taux de Norvel.', 'fr')).toContainEqual(['Luc Brun', 'Norvel', 'responsable mondial des marchés de taux', 'current']);
  });
  it('reads "co-head" as a title head, left by subjects who "will join" another firm (en)', () => {
    const r = roleRows("Emma Sabo, Norvel's global co-head of healthcare banking, and Raj Venn, a managing director in the same group, will join Velcor.", 'en');
    expect(r).toContainEqual(['Emma Sabo', 'Norvel', 'global co-head of healthcare banking', 'former']);
    expect(r).toContainEqual(['Raj Venn', 'Norvel', 'managing director', 'former']);
    expect(r).toContainEqual(['Raj Venn', 'Velcor', null, 'current']);
  });
  it('gives no role for a government post (en, fr)', () => {
    expect(roleRows('A graduate of Oxford, Alan Penrose was previously a member of parliament for Truro.', 'en')).toEqual([]);
    expect(roleRows("Marie Clavel, ancienne secrétaire d'État au numérique, rejoint Velcor.", 'fr').map((x) => x[2])).not.toContain("secrétaire d'État au numérique");
  });
});

describe('more career phrases and holders', () => {
  it('reads "for a role at" as the next job and "practiced at" as a past one (en)', () => {
    expect(roleRows("Velcor's UK chief executive, Graham Pett, left in January for a role at Norvel Song.", 'en')).toContainEqual(['Graham Pett', 'Norvel Song', null, 'current']);
    expect(roleRows('Tarvex has named Pat Nwan acting general counsel. Nwan previously practiced at Orrin & Hale for nine years.', 'en')).toContainEqual(['Pat Nwan', 'Orrin & Hale', null, 'former']);
  });
  it('reads "announced the appointment of X as Chief Revenue Officer" (en)', () => {
    expect(roleRows('Loomfield, the procurement platform, today announced the appointment of Kenji Wata as Chief Revenue Officer.', 'en')).toContainEqual(['Kenji Wata', 'Loomfield', 'Chief Revenue Officer', 'current']);
  });
  it('does not read the passive verb before an agent as the post\'s time (en)', () => {
    expect(roleRows('Orbiqa has entered Peru. The deal was put together by CFO Tomás Ruy, who previously worked at Velcor.', 'en')).toContainEqual(['Tomás Ruy', 'Orbiqa', 'CFO', 'current']);
  });
  it('does not give "un ancien de X" to anyone unless it describes a person (fr)', () => {
    expect(roleRows('Le conseil aurait approché plusieurs dirigeants, dont un ancien de Thalor.', 'fr')).toEqual([]);
    expect(roleRows('Orvane a inauguré un bureau à Lyon, confié à Paul Phan, nommé directeur Asie, un ancien de Velcor.', 'fr')).toContainEqual(['Paul Phan', 'Velcor', null, 'former']);
    expect(roleRows('Karim Ouali, qui a fait ses armes chez Velcor, devient CTO de Pixelor.', 'fr')).toContainEqual(['Karim Ouali', 'Velcor', null, 'former']);
  });
  it('reads "et devient T" as the subject\'s post (fr)', () => {
    const r = roleRows("Jusqu'ici managing partner de Orvane Avocats, Thierry Rav cède cette fonction à Nour Elk et devient senior partner.", 'fr');
    expect(r).toContainEqual(['Thierry Rav', 'Orvane Avocats', 'senior partner', 'current']);
    expect(r).toContainEqual(['Nour Elk', 'Orvane Avocats', 'managing partner', 'current']);
  });
  it('reads "perd son T : X" as X leaving that post (fr)', () => {
    const r = roleRows('Valtor Automotive perd son directeur général : Bruno Lacoste rejoint Plastor au poste de directeur de la division éclairage.', 'fr');
    expect(r).toContainEqual(['Bruno Lacoste', 'Valtor Automotive', 'directeur général', 'former']);
    expect(r).toContainEqual(['Bruno Lacoste', 'Plastor', 'directeur de la division éclairage', 'current']);
  });
  it('keeps a business line in the title ("de la banque des entrepreneurs") (fr)', () => {
    expect(roleRows('Véra Lamb quitte Norvia pour rejoindre Banque Orsel comme directrice de la banque des entrepreneurs.', 'fr')).toContainEqual(['Véra Lamb', 'Banque Orsel', 'directrice de la banque des entrepreneurs', 'current']);
  });
  it('gives no role to the writer of a byline (fr)', () => {
    const r = roleRows('Par Claire Ardou\nNuvelor, la néobanque lyonnaise, a un nouveau directeur général.\nGaëtan Abel, 46 ans, prendra ses fonctions le 1er février.', 'fr');
    expect(r.map((x) => x[0])).not.toContain('Claire Ardou');
  });
  it('keeps the newly taken post for a successor when an earlier sentence says "currently" elsewhere (en)', () => {
    const r = roleRows('Aqualor on Thursday named Sigrid Haug as chief executive. Haug is currently chief operating officer of Mowen. She succeeds Per Brekk, who stepped down in March.', 'en');
    expect(r).toContainEqual(['Per Brekk', 'Aqualor', null, 'former']);
  });
});

describe('posts led without a title', () => {
  it('reads "Elle est dirigée depuis N par X" after a sentence about the company (fr)', () => {
    const r = roleRows("L'enseigne Verdal compte 84 magasins en France. Elle est dirigée depuis 2022 par Anaïs Kerl, ex-directrice commerciale de Carrol.", 'fr');
    expect(r).toContainEqual(['Anaïs Kerl', 'Verdal', null, 'current']);
  });
});

describe('hires', () => {
  it('reads the post of a person another company hires as left, and the hire as current (en)', () => {
    const r = roleRows('Danish homeware retailer Hyllo & Co will open its first US stores next year and has hired Jess Alvar, senior vice president of stores at Crate & Barrow, to lead the push.', 'en');
    expect(r).toContainEqual(['Jess Alvar', 'Crate & Barrow', 'senior vice president of stores', 'former']);
    expect(r).toContainEqual(['Jess Alvar', 'Hyllo & Co', null, 'current']);
  });
  it('keeps the post of a person their own company names (en)', () => {
    expect(roleRows('Tarvex has named Laura Bent, its chief financial officer, to the board.', 'en')).toContainEqual(['Laura Bent', 'Tarvex', 'chief financial officer', 'current']);
  });
  it('reads "will join as T" as joining the company that hired (en)', () => {
    const r = roleRows('Blackmoor has hired Tomasz Wisn, a veteran of Kolbeck, to lead its infrastructure investments. Wisn, who spent 11 years at Kolbeck, will join as a senior managing director.', 'en');
    expect(r).toContainEqual(['Tomasz Wisn', 'Blackmoor', 'senior managing director', 'current']);
    expect(r).toContainEqual(['Tomasz Wisn', 'Kolbeck', null, 'former']);
  });
});

describe('stories told in the past and descriptions as subjects', () => {
  it('reads "a passé N ans chez X … avant de rejoindre Y comme T" as past (fr)', () => {
    const r = roleRows("Orvane a nommé Hélène Brun directrice générale déléguée. Elle a passé quinze ans chez Thalor avant de rejoindre Dassel en 2019 comme directrice des programmes.", 'fr');
    expect(r).toContainEqual(['Hélène Brun', 'Dassel', 'directrice des programmes', 'former']);
    expect(r).toContainEqual(['Hélène Brun', 'Orvane', 'directrice générale déléguée', 'current']);
  });
  it('gives the post a description opening the sentence is named to (fr)', () => {
    const r = roleRows("Valérie Haut prend la tête de Prismo. L'ex-directrice de la publicité de Ouest-Matin est nommée directrice générale adjointe du groupe.", 'fr');
    expect(r).toContainEqual(['Valérie Haut', 'Ouest-Matin', 'directrice de la publicité', 'former']);
    expect(r).toContainEqual(['Valérie Haut', 'Prismo', 'directrice générale adjointe', 'current']);
  });
});

describe('"spent N years as T"', () => {
  it('reads the post as past, and the unit led as the new job (en)', () => {
    const r = roleRows('Halverd Defence is opening an office in Arlington. The new office will be run by Dana Whitt, a retired general who spent six years as a senior vice president at Lockmar.', 'en');
    expect(r).toContainEqual(['Dana Whitt', 'Lockmar', 'senior vice president', 'former']);
    expect(r).toContainEqual(['Dana Whitt', 'Halverd Defence', null, 'current']);
  });
});

describe('a reporting clause', () => {
  it('does not lend its tense to the post after "that", but "before that" is a time word (en)', () => {
    expect(roleRows('Sources had earlier told reporters that Munor Re board member Katrin Vog was also considered for the job.', 'en')).toContainEqual(['Katrin Vog', 'Munor Re', 'member', 'current']);
    expect(roleRows('Questor has hired Chloé Ferr as chief operating officer. She was previously vice president at Supercel and, before that, a producer at Ubisor Montreal.', 'en')).toContainEqual(['Chloé Ferr', 'Ubisor Montreal', 'producer', 'former']);
  });
});
