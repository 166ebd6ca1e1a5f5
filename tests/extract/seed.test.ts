import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, normalize } from '../../src/extract/index.js';

// The seed article as the store receives it: text only (front matter is read by src/input).
const raw = readFileSync(new URL('../../seeds/000_alibaba-france.md', import.meta.url), 'utf8');
const text = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
const facts = extract({ text, lang: 'fr' });
const norm = normalize(text);

function role(person: string, company: string) {
  return facts.roles.find((r) => r.person === person && r.company === company);
}

describe('seed article (Alibaba France)', () => {
  it('names the new managing director in France', () => {
    expect(role('Sébastien Badault', 'Alibaba')).toMatchObject({
      title: 'directeur général',
      status: 'current',
      place: 'France',
      evidence: 'Alibaba vient de nommer un directeur général en France : Sébastien Badault.',
    });
  });

  it('reads his past jobs, Amazon first in his career', () => {
    expect(role('Sébastien Badault', 'Google France')).toMatchObject({ title: 'responsable de la stratégie commerciale', status: 'former' });
    const amazon = role('Sébastien Badault', 'Amazon');
    expect(amazon).toMatchObject({ title: null, status: 'former', order: -1 });
    expect(amazon?.evidence.startsWith('Avec la nomination de Sébastien Badault')).toBe(true);
  });

  it('finds the German lead and his past employers', () => {
    expect(role('Terry von Bibra', 'Alibaba')).toMatchObject({ title: 'responsable local', status: 'current', place: 'Allemagne' });
    expect(role('Terry von Bibra', 'Amazon')).toMatchObject({ title: 'responsable', status: 'former' });
    expect(role('Terry von Bibra', 'Yahoo')).toMatchObject({ status: 'former' });
  });

  it('finds the group president quoted after his statement', () => {
    expect(role('Michael Evans', 'Alibaba Group')).toMatchObject({ title: 'Président', status: 'current' });
  });

  it('lists the expansions', () => {
    const e = facts.expansions.map((x) => [x.company, x.kind, x.place, x.partner, x.date]);
    expect(e).toContainEqual(['Alibaba', 'partnership', null, 'Ubifrance', '2014-05']);
    expect(e).toContainEqual(['Alibaba', 'partnership', null, 'AFII', '2014-05']);
    expect(e).toContainEqual(['Alibaba', 'ipo', 'NYSE', null, '2014-09']);
    expect(e).toContainEqual(['Alibaba', 'office', 'Munich', null, null]);
    expect(e).toContainEqual(['Alibaba', 'office', 'Berlin', null, null]);
    expect(e).toContainEqual(['Alibaba', 'office', 'France', null, null]);
    expect(e).toContainEqual(['Alibaba', 'market', 'Allemagne', null, null]);
  });

  it('takes nothing from the teaser lines and quotes whole sentences', () => {
    const all = JSON.stringify(facts);
    for (const word of ['Microsoft', 'Windows', 'Copilot', 'Recall']) expect(all).not.toContain(word);
    expect(facts.roles).toHaveLength(7);
    for (const f of [...facts.roles, ...facts.expansions]) expect(norm).toContain(f.evidence);
  });
});
