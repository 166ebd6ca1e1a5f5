/**
 * French descriptions of the newcomer ("le dirigeant", "la nouvelle directrice", "Le Danois
 * de 44 ans", "Ce Chilien de 50 ans") stand for the person appointed, not for the predecessor
 * named last; in a round-up of moves, for the newcomer of the story just told. Also "avant
 * d'être nommé T de Y" in a career story: an earlier step, former. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French newcomer descriptions', () => {
  it('reads "Le dirigeant suédois était jusqu\'alors T de Y" as the man appointed, not the one replaced', () => {
    const r = roles("Le groupe Tarvane a nommé Olof Brandt au poste de directeur général, en remplacement de Paul Marnier, écarté la semaine dernière. Le dirigeant suédois était jusqu'alors directeur commercial de Velcor.", 'fr');
    expect(r).toContainEqual(['Olof Brandt', 'Velcor', 'directeur commercial', 'former']);
    expect(roleKeys("Le groupe Tarvane a nommé Olof Brandt au poste de directeur général, en remplacement de Paul Marnier, écarté la semaine dernière. Le dirigeant suédois était jusqu'alors directeur commercial de Velcor.", 'fr')).not.toContainEqual(['Paul Marnier', 'Velcor', 'former']);
  });
  it('reads "la dirigeante" as the woman appointed when other women were named since', () => {
    const k = roleKeys("Le groupe Tarvane a nommé Léna Morvan directrice générale. Elle remplace Claire Dussol, qui rejoint Orvel. Âgée de 45 ans, la dirigeante a fait sa carrière chez Velcor.", 'fr');
    expect(k).toContainEqual(['Léna Morvan', 'Velcor', 'former']);
    expect(k).not.toContainEqual(['Claire Dussol', 'Velcor', 'former']);
  });
  it('reads "Le Danois de 44 ans était jusqu\'ici T de Y" as the man just named', () => {
    const r = roles("Le club de Tarvane a recruté Anders Holm au poste de directeur sportif. Le Danois de 44 ans était jusqu'ici responsable du recrutement de Velcor FK.", 'fr');
    expect(r).toContainEqual(['Anders Holm', 'Velcor FK', 'responsable du recrutement', 'former']);
  });
  it('reads "Ce Chilien de 50 ans, passé par X, était T de Y" as the man just named', () => {
    const k = roleKeys("Le groupe Tarvane a nommé Diego Araya président du directoire. Il succède à Paul Marnier. Ce Chilien de 50 ans, passé par Orvel, était depuis 2020 directeur de la division papier de Velcor.", 'fr');
    expect(k).toContainEqual(['Diego Araya', 'Velcor', 'former']);
    expect(k).not.toContainEqual(['Paul Marnier', 'Velcor', 'former']);
  });
  it('keeps each story\'s own newcomer in a round-up of moves', () => {
    const k = roleKeys("Orvel recrute Paul Marnier comme directeur financier. Il était associé de Velcor. Tarvane recrute Anders Holm comme directeur des opérations. Ce Danois de 41 ans a travaillé chez Morlan.", 'fr');
    expect(k).toContainEqual(['Anders Holm', 'Morlan', 'former']);
    expect(k).not.toContainEqual(['Paul Marnier', 'Morlan', 'former']);
  });
  it('does not take "Le Britannique Tarvin" for a person', () => {
    const k = roleKeys('La maison Orvel a choisi Paul Castel comme directeur artistique. Le Britannique Tarvin de 2019 a racheté Morlan.', 'fr');
    expect(k).not.toContainEqual(['Paul Castel', 'Morlan', 'former']);
  });
});

describe('French earlier steps of a career story', () => {
  it('reads "avant d\'être nommé T de Y" as a past job', () => {
    const k = roleKeys("Paul Castel devient président du directoire de Tarvane. Le nouveau patron a débuté chez Orvel avant d'être nommé directeur régional de Velcor.", 'fr');
    expect(k).toContainEqual(['Paul Castel', 'Orvel', 'former']);
    expect(k).toContainEqual(['Paul Castel', 'Velcor', 'former']);
    expect(k).not.toContainEqual(['Paul Castel', 'Velcor', 'current']);
  });
});
