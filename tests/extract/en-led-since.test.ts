/**
 * A job told in the present perfect of leading: "X, who has led Pellam Retail since 2019, said…"
 * (current, no title); left when the sentence says so ("…, is stepping down") or when another
 * firm hires X; left too when an earlier sentence said X leaves that firm, unless a board seat
 * there is kept. The firm led stays free for a post told after it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "who has led X since"', () => {
  it('reads the present perfect of leading as a job held now', () => {
    expect(roles('Ruth Adlam, who has led Pellam Retail since 2019, said sales rose.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'current']);
    expect(roles("Ruth Adlam, who has run Pellam Retail's Asian arm for a decade, said sales rose.", 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'current']);
  });
  it('reads it as the job left beside a leaving or a hire elsewhere', () => {
    expect(roles('Ruth Adlam, who has led Pellam Retail since 2019, is stepping down.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'former']);
    const r = roles('Orvane has hired Ruth Adlam, who has led Pellam Retail since 2019, as chief executive.', 'en');
    expect(r).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'former']);
    expect(r).toContainEqual(['Ruth Adlam', 'Orvane', 'chief executive', 'current']);
  });
  it('reads it as left after an earlier sentence told the departure, and keeps the firm for the next post', () => {
    const text = 'Brevik Power said its chief executive Lars Holm would step down to run Qasr Solar. Holm, who has led Brevik Power since 2018, oversaw its move into wind. Karim Haddadi, who has run Qasr Solar since its creation, will hand over to Holm and become deputy chairman.';
    const r = roles(text, 'en');
    expect(r.filter((row) => row[0] === 'Lars Holm' && row[1] === 'Brevik Power' && row[3] === 'current')).toEqual([]);
    expect(r).toContainEqual(['Karim Haddadi', 'Qasr Solar', 'deputy chairman', 'current']);
  });
  it('reads "has been with X since" likewise, and a joining told of someone else as theirs', () => {
    expect(roles('Ruth Adlam, who has been with Pellam Retail since 2015, said sales rose.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'current']);
    expect(roles('Ruth Adlam, who has been with Pellam Retail for 20 years, is retiring.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', null, 'former']);
    const r = roles('Kalder Games has named Lee Min-ho and Sara Holt co-CEOs. Lee has been with Kalder Games since 2016, while Holt joins from Brisk Studios.', 'en');
    expect(r.filter((row) => row[0] === 'Lee Min-ho' && row[1] === 'Kalder Games' && row[3] === 'former')).toEqual([]);
  });
});
