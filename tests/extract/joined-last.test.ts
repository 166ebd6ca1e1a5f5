/**
 * "Before joining Y, she spent ten years at X": the firm joined last is held now unless the text
 * gives the person a current post elsewhere. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('the firm joined last in a career story', () => {
  it('is current when nothing else is held now', () => {
    expect(roles('Before joining Valmor in 2020, Ann Lee spent ten years at Orsel.')).toEqual([
      ['Ann Lee', 'Valmor', null, 'current'],
      ['Ann Lee', 'Orsel', null, 'former'],
    ]);
    expect(roles('Claire Morin a passé dix ans chez Orsel avant de rejoindre Valmor en 2020.', 'fr')).toContainEqual(['Claire Morin', 'Valmor', null, 'current']);
  });
  it('stays past when the text gives a current post at another firm', () => {
    expect(roles('Kessel has named Ann Lee chief financial officer. She spent ten years at Orsel before joining Valmor in 2015.')).toContainEqual(['Ann Lee', 'Valmor', null, 'former']);
  });
});

describe('the French verbs of the firm joined last', () => {
  it('reads intégrer, rallier, entrer chez and passer chez like rejoindre', () => {
    expect(roles("Irena Novak a travaillé chez Corvane avant d'intégrer Bellfort en 2019.", 'fr')).toEqual([
      ['Irena Novak', 'Corvane', null, 'former'],
      ['Irena Novak', 'Bellfort', null, 'current'],
    ]);
    expect(roles('Irena Novak a travaillé chez Corvane avant de rallier Bellfort.', 'fr')).toContainEqual(['Irena Novak', 'Bellfort', null, 'current']);
    expect(roles("Irena Novak a passé dix ans chez Corvane avant d'entrer chez Bellfort.", 'fr')).toContainEqual(['Irena Novak', 'Bellfort', null, 'current']);
    expect(roles('Irena Novak a passé dix ans chez Corvane avant de passer chez Bellfort.', 'fr')).toContainEqual(['Irena Novak', 'Bellfort', null, 'current']);
  });
  it('keeps a school a person got into out of the jobs', () => {
    const rows = roles("Diplômé de Centrale, Tiago Ferreira a passé cinq ans chez Corvane avant d'intégrer HEC puis de rejoindre Bellfort.", 'fr');
    expect(rows.map((r) => r[1])).not.toContain('HEC');
    expect(rows).toContainEqual(['Tiago Ferreira', 'Bellfort', null, 'current']);
  });
});

describe('a French join told in the past beside a post held now elsewhere', () => {
  it('is past with an earlier year or in the pluperfect', () => {
    expect(roles('Vantelis nomme Sunita Rao directrice financière. Elle a rejoint Corvane en 2008.', 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'former']);
    expect(roles('Vantelis nomme Sunita Rao directrice financière. Elle avait intégré Corvane après six années chez Bellfort.', 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'former']);
  });
  it('stays current alone, for a board seat, or at the firm that appoints', () => {
    expect(roles('Sunita Rao a rejoint Corvane en 2008.', 'fr')).toEqual([['Sunita Rao', 'Corvane', null, 'current']]);
    expect(roles('Vantelis nomme Sunita Rao directrice financière. Elle a rejoint le conseil de Corvane en 2019.', 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'current']);
    expect(roles('Corvane nomme Sunita Rao directrice financière de sa filiale Vantelis. Elle a rejoint Corvane en 2008.', 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'current']);
  });
});
