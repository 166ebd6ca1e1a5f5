/**
 * Deal news: the firm being bought, named once, is then called "la cible", "the target", "la
 * société rachetée" or by the noun it was described with ("une PME" … "la PME"). Its people
 * are its people, not the buyer's. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('the firm being bought, described after it is named', () => {
  it('reads "le patron de la PME" as the target\'s head when the target was called a PME', () => {
    const r = roles('Le groupe Orvaline met la main sur Tessaly, une PME lyonnaise. Le patron de la PME, Marc Ruel, devient directeur de la division industrielle d\'Orvaline.', 'fr');
    expect(r).toContainEqual(['Marc Ruel', 'Tessaly', 'patron', 'former']);
    expect(r).toContainEqual(['Marc Ruel', 'Orvaline', 'directeur de la division industrielle', 'current']);
  });
  it('reads "la cible", "la société rachetée", "the target", "the acquired company"', () => {
    expect(roles("Orvaline s'offre Tessaly pour 40 millions d'euros. La cible, présidée par Marc Ruel, emploie 200 personnes.", 'fr')).toContainEqual(['Marc Ruel', 'Tessaly', null, 'current']);
    expect(roles("Orvaline a finalisé l'acquisition de Tessaly. Le directeur général de la société rachetée, Marc Ruel, quitte ses fonctions.", 'fr')).toContainEqual(['Marc Ruel', 'Tessaly', 'directeur général', 'former']);
    const en = roles("Orvaline, led by chief executive Anne Pellow, is acquiring Tessaly. The target's chief executive, Marc Ruel, will join Orvaline's board.");
    expect(en).toContainEqual(['Marc Ruel', 'Tessaly', 'chief executive', 'current']);
    expect(en).toContainEqual(['Anne Pellow', 'Orvaline', 'chief executive', 'current']);
    expect(roles("Orvaline has bought Tessaly. The acquired company's chief executive, Marc Ruel, will stay.")).toContainEqual(['Marc Ruel', 'Tessaly', 'chief executive', 'current']);
  });
  it('leaves "the company" to the buyer, the firm the text is about', () => {
    const r = roles("Orvaline bought Tessaly last year. The company's chief executive, Anne Pellow, said margins rose.");
    expect(r).toEqual([['Anne Pellow', 'Orvaline', 'chief executive', 'current']]);
  });
});
