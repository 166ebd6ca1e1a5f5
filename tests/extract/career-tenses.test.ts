/**
 * Past jobs told with an adverb or a date inside the verb ("a également travaillé pour",
 * "était depuis 2020 chez", "had been at … since"), and the present tense that is not a past
 * job ("travaille chez X depuis 2019"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

const HIRE_FR = 'Varnelle nomme Inès Dalgar directrice marketing.';
const HIRE_EN = 'Quorvane named Ann Lee chief executive.';

describe('past jobs told in other tenses', () => {
  it('reads an adverb or a date inside the verb (fr)', () => {
    expect(roles(`${HIRE_FR} Elle a également travaillé pour Brivane Conseil.`, 'fr')).toContainEqual(['Inès Dalgar', 'Brivane Conseil', null, 'former']);
    expect(roles(`${HIRE_FR} Elle était depuis 2020 chez Morlaix Foods.`, 'fr')).toContainEqual(['Inès Dalgar', 'Morlaix Foods', null, 'former']);
    expect(roles(`${HIRE_FR} Elle officiait chez Morlaix Foods depuis 2019.`, 'fr')).toContainEqual(['Inès Dalgar', 'Morlaix Foods', null, 'former']);
  });

  it('reads the pluperfect (en)', () => {
    expect(roles(`${HIRE_EN} She had been at Tallow Systems since 2019.`, 'en')).toContainEqual(['Ann Lee', 'Tallow Systems', null, 'former']);
    expect(roles(`${HIRE_EN} Lee had worked for Tallow Systems and Brightmoor.`, 'en')).toEqual([
      ['Ann Lee', 'Quorvane', 'chief executive', 'current'],
      ['Ann Lee', 'Tallow Systems', null, 'former'],
      ['Ann Lee', 'Brightmoor', null, 'former'],
    ]);
  });

  it('does not make a present-tense job a past one (fr)', () => {
    expect(roles('Inès Dalgar travaille chez Morlaix Foods depuis 2019.', 'fr')).not.toContainEqual(['Inès Dalgar', 'Morlaix Foods', null, 'former']);
    expect(roles('Inès Dalgar, qui a travaillé huit ans chez Morlaix Foods, rejoint Varnelle.', 'fr')).toContainEqual(['Inès Dalgar', 'Morlaix Foods', null, 'former']);
  });
});
