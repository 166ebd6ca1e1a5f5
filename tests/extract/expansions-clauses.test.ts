/**
 * Who expands when a clause sits between the company and the verb, which country is the
 * company's own, and deals that have ended. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('the subject past a relative clause', () => {
  it('is the name before ", which … ," not a customer or supplier named inside it', () => {
    const en = 'Dutch meal-kit firm Kookbox has hired Ellen Vos as chief operating officer. The company, which counts Jumbo among its customers, already operates in Belgium.';
    expect(facts(en, 'en')).toEqual(['Kookbox | market | Belgium']);
    const fr = "La start-up nantaise Velmora nomme Julie Caron directrice financière. L'entreprise, qui compte Thales parmi ses clients, ouvrira aussi un bureau à Porto.";
    expect(facts(fr, 'fr')).toEqual(['Velmora | office | Porto']);
  });
  it('is not a company the group bought, named in the clause', () => {
    const fr = "Le groupe laitier Bréval change de directeur général. Le groupe, qui a racheté l'an dernier le fromager Skarda, est désormais présent en Tchéquie.";
    expect(facts(fr, 'fr')).toEqual(['Bréval | market | Tchéquie']);
  });
  it('is not the object of an acquiring verb', () => {
    const en = "Oslo-based gym chain Treningshus has entered Denmark by acquiring Aarhus's Fitbox, and will set up a subsidiary in Poland next year.";
    expect(facts(en, 'en')).toEqual(['Treningshus | market | Denmark', 'Treningshus | market | Poland']);
  });
});

describe("the company's own country", () => {
  it('comes from "X-based" and is never an office place', () => {
    const en = 'Lisbon-based co-living operator Morada has launched in Spain. It already runs 20 sites in Portugal.';
    expect(facts(en, 'en')).toEqual(['Morada | market | Spain']);
  });
  it('comes from the headquarters the text gives the company, not another one', () => {
    const en = 'Harlan Robotics, headquartered in Denver, sells its arms in the United States. It opened an office in Tokyo.';
    expect(facts(en, 'en')).toEqual(['Harlan Robotics | office | Tokyo']);
    const jv = 'Veltro has entered Chile through a joint venture with Andes Cargo. The venture, headquartered in Santiago, will be led by Ana Ruiz.';
    expect(facts(jv, 'en')).toContain('Veltro | market | Chile');
  });
});

describe('ended deals', () => {
  it('are no partnership', () => {
    const en = 'Payments firm Corvid ended its reseller partnership with Tech Data last year and has since signed a distribution agreement with Arrow.';
    expect(withPartner(en, 'en')).toEqual(['Corvid | partnership | — | Arrow']);
    const fr = "La biotech Selvane a mis fin à son contrat avec le suisse Bachem. Elle s'allie désormais au chimiste Solvay.";
    expect(withPartner(fr, 'fr')).toEqual(['Selvane | partnership | — | Solvay']);
  });
  it('are not "the end of the month"', () => {
    const fr = "Selvane signera d'ici à la fin du mois un accord avec Solvay.";
    expect(withPartner(fr, 'fr')).toEqual(['Selvane | partnership | — | Solvay']);
  });
});

describe('investors joined by "and"', () => {
  it('are no subject: the company that raised from them expands', () => {
    const en = 'Lisbon fintech Remessa has raised $20 million from Atomico and Crestline Ventures and is expanding to Peru and Chile.';
    expect(facts(en, 'en')).toEqual(['Remessa | market | Peru', 'Remessa | market | Chile']);
  });
});
