import { describe, expect, it } from 'vitest';
import { lookupExchange } from '../../src/lexicon/exchanges.js';
import { lookupPlace } from '../../src/lexicon/places.js';

describe('lookupPlace', () => {
  it('resolves FR/EN country names and adjectives to one entry', () => {
    const de = { id: 'country:DE', name: 'Germany', kind: 'COUNTRY', countryCode: 'DE' };
    expect(lookupPlace('Allemagne')).toEqual(de);
    expect(lookupPlace('Germany')).toEqual(de);
    expect(lookupPlace('allemand')).toEqual(de);
    expect(lookupPlace("l'Allemagne")).toEqual(de);
    expect(lookupPlace('ALLEMANDE')).toEqual(de);
    expect(lookupPlace('français')?.name).toBe('France');
    expect(lookupPlace('Etats-Unis')?.countryCode).toBe('US');
    expect(lookupPlace('États-Unis')?.countryCode).toBe('US');
  });
  it('resolves city exonyms', () => {
    const munich = { id: 'city:de:munich', name: 'Munich', kind: 'CITY', countryCode: 'DE' };
    expect(lookupPlace('Munich')).toEqual(munich);
    expect(lookupPlace('München')).toEqual(munich);
    expect(lookupPlace('Londres')?.id).toBe('city:gb:london');
    expect(lookupPlace('Pékin')?.name).toBe('Beijing');
    expect(lookupPlace('Montréal')?.name).toBe('Montreal');
  });
  it('knows regions and misses unknown text', () => {
    expect(lookupPlace('Europe')).toEqual({ id: 'region:europe', name: 'Europe', kind: 'REGION', countryCode: null });
    expect(lookupPlace('Zorglub')).toBeNull();
    expect(lookupPlace('')).toBeNull();
  });
});

describe('lookupExchange', () => {
  it('maps exchange names to canonical name and city', () => {
    expect(lookupExchange('NYSE')).toEqual({ name: 'NYSE', city: 'New York' });
    expect(lookupExchange('Nasdaq')).toEqual({ name: 'Nasdaq', city: 'New York' });
    expect(lookupExchange('Bourse de Paris')).toEqual({ name: 'Euronext Paris', city: 'Paris' });
    expect(lookupExchange('Euronext Paris')).toEqual({ name: 'Euronext Paris', city: 'Paris' });
    expect(lookupExchange('Euronext Growth')?.name).toBe('Euronext Growth');
    expect(lookupExchange('the Frankfurt Stock Exchange')?.city).toBe('Frankfurt');
    expect(lookupExchange('Alibaba')).toBeNull();
  });
});
