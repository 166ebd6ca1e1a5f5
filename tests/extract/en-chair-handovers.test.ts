/**
 * Founder and chair handovers in English: "will stand down as chairman", "X will succeed him as
 * chair" (the object pronoun is the one leaving, never the subject), the same post told twice
 * ("non-executive chairman X … be replaced as chair by Y"), a post handed over by name ("hands
 * the chief executive role to Y"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('English chair handovers', () => {
  it('reads "stand down" as leaving the post', () => {
    expect(roleKeys('Peter Adeyemi will stand down as chairman of Zamfara Gold in May.', 'en')).toContainEqual(['Peter Adeyemi', 'Zamfara Gold', 'former']);
    expect(roleKeys('Ngozi Okafor, chair of Benue Foods, stood down on Friday after nine years.', 'en')).toContainEqual(['Ngozi Okafor', 'Benue Foods', 'former']);
    const r = roleKeys('Grace Obi will take over as chair of Zamfara Gold when Peter Adeyemi stands down in May.', 'en');
    expect(r).toContainEqual(['Grace Obi', 'Zamfara Gold', 'current']);
    expect(r).toContainEqual(['Peter Adeyemi', 'Zamfara Gold', 'former']);
  });
  it('gives "X will succeed him as chair" to X, current, and "him" to the one met before', () => {
    const r = roleKeys('Ian Brock, the chairman of Ironbark Minerals, will retire in May. Kerry Ngata will succeed him as chair.', 'en');
    expect(r).toContainEqual(['Kerry Ngata', 'Ironbark Minerals', 'current']);
    expect(r).not.toContainEqual(['Kerry Ngata', 'Ironbark Minerals', 'former']);
    expect(r).toContainEqual(['Ian Brock', 'Ironbark Minerals', 'former']);
    const replace = roleKeys('Tallis Foods chairman Hugo Brandt is leaving. Amara Osei will replace him as chair.', 'en');
    expect(replace).toContainEqual(['Amara Osei', 'Tallis Foods', 'current']);
    expect(replace).not.toContainEqual(['Amara Osei', 'Tallis Foods', 'former']);
  });
  it('lists a post once when it is told in full and then by its bare name', () => {
    const r = roles('Ironbark Minerals said non-executive chairman Ian Brock would step down at the AGM and be replaced as chair by Kerry Ngata.');
    expect(r.filter(([p, , , s]) => p === 'Ian Brock' && s === 'former')).toHaveLength(1);
    expect(r).toContainEqual(['Kerry Ngata', 'Ironbark Minerals', 'chair', 'current']);
    const twice = roles('Tallis Foods chairman Hugo Brandt will retire in May. He will be succeeded as chair by Amara Osei.');
    expect(twice.filter(([p, , , s]) => p === 'Hugo Brandt' && s === 'former')).toHaveLength(1);
  });
  it('gives a post handed over by name to the one after "to", and takes it from the giver', () => {
    const r = roleKeys('Brightcove Foods founder Sanjay Mehta hands the chief executive role to Laura Keane and becomes executive chairman.', 'en');
    expect(r).toContainEqual(['Laura Keane', 'Brightcove Foods', 'current']);
    expect(r).toContainEqual(['Sanjay Mehta', 'Brightcove Foods', 'former']);
    const job = roles('After 25 years at the helm, Kenji Morioka is passing the chief executive job at Sakura Robotics to his deputy, Aiko Mori.');
    expect(job).toContainEqual(['Aiko Mori', 'Sakura Robotics', 'chief executive', 'current']);
    expect(job).toContainEqual(['Kenji Morioka', 'Sakura Robotics', 'chief executive', 'former']);
  });
  it('gives the post left to a successor told with a post of their own', () => {
    const r = roles('Ingrid Solheim will retire as chief executive of Fjordline Seafood in March and be succeeded by Lars Berg, the chief operating officer.');
    expect(r).toContainEqual(['Lars Berg', 'Fjordline Seafood', 'chief executive', 'current']);
    expect(r).toContainEqual(['Lars Berg', 'Fjordline Seafood', 'chief operating officer', 'former']);
    const kept = roles('Fjordline Seafood said Ingrid Solheim would retire as chief executive in March. She will be succeeded by Lars Berg, currently chief operating officer.');
    expect(kept).toContainEqual(['Lars Berg', 'Fjordline Seafood', 'chief executive', 'current']);
    expect(kept).toContainEqual(['Lars Berg', 'Fjordline Seafood', 'chief operating officer', 'current']);
  });
  it('reads "X will succeed her" as succeeding the woman met before', () => {
    const r = roles('Ingrid Solheim, chief executive of Fjordline Seafood, will retire in March. Lars Berg, the chief operating officer, will succeed her.');
    expect(r).toContainEqual(['Lars Berg', 'Fjordline Seafood', 'chief executive', 'current']);
    expect(r).toContainEqual(['Ingrid Solheim', 'Fjordline Seafood', 'chief executive', 'former']);
  });
});
