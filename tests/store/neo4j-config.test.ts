/**
 * Neo4j configuration and the unreachable-server path. No server needed: these run in the
 * unit project everywhere.
 */
import { describe, expect, it } from 'vitest';
import { InputError, StoreUnavailableError } from '../../src/errors.js';
import { createNeo4jStore, neo4jConfig, neo4jConfigFromEnv } from '../../src/store/neo4j/index.js';

describe('neo4jConfigFromEnv', () => {
  it('reads the four variables, database defaulting to neo4j', () => {
    expect(neo4jConfigFromEnv({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toMatchObject({
      uri: 'bolt://127.0.0.1:7687', user: null, password: null, database: 'neo4j',
    });
    expect(neo4jConfigFromEnv({
      NEO4J_URI: 'neo4j+s://db.example.org', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'careers',
    })).toMatchObject({ uri: 'neo4j+s://db.example.org', user: 'neo4j', password: 's3cret', database: 'careers' });
  });

  it.each(['bolt://h:7687', 'bolt+s://h', 'neo4j://h:7687', 'neo4j+s://h'])('accepts %s', (uri) => {
    expect(neo4jConfig({ uri }).uri).toBe(uri);
  });

  it('says what it expects and what came for another scheme', () => {
    const attempt = () => neo4jConfigFromEnv({ NEO4J_URI: 'http://localhost:7474' });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/must start with bolt:\/\/, bolt\+s:\/\/, neo4j:\/\/, neo4j\+s:\/\/; got "http:\/\/localhost:7474"/);
  });

  it('refuses a missing URI, a URI without host, credentials inside the URI, half credentials', () => {
    expect(() => neo4jConfigFromEnv({})).toThrow(/NEO4J_URI is not set/);
    expect(() => neo4jConfig({ uri: 'localhost:7687' })).toThrow(/must start with/);
    expect(() => neo4jConfig({ uri: 'bolt://' })).toThrow(InputError);
    const withSecret = () => neo4jConfig({ uri: 'bolt://neo4j:hunter2@host:7687' });
    expect(withSecret).toThrow(/must not carry credentials/);
    expect(withSecret).not.toThrow(/hunter2/);
    expect(() => neo4jConfig({ uri: 'bolt://h', user: 'neo4j' })).toThrow(/go together; got only NEO4J_USER/);
  });

  it('never echoes a password from a URI with a bad scheme', () => {
    expect(() => neo4jConfig({ uri: 'http://u:hunter2@h' })).not.toThrow(/hunter2/);
  });

  it('refuses a database name Neo4j would refuse', () => {
    expect(() => neo4jConfig({ uri: 'bolt://h', database: 'my db' })).toThrow(/NEO4J_DATABASE must be/);
  });

  it('errors carry the BAD_USER_INPUT code', () => {
    try {
      neo4jConfig({ uri: 'ftp://h' });
      expect.unreachable();
    } catch (err) {
      expect((err as InputError).code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('Neo4j store without a server', () => {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  const config = neo4jConfig({ uri: 'bolt://127.0.0.1:1', maxRetryMs: 300 });
  const patient = neo4jConfig({ uri: 'bolt://127.0.0.1:1' });

  it('ping answers false instead of throwing, without waiting out the retry budget', async () => {
    const store = createNeo4jStore(patient);
    const t0 = Date.now();
    await expect(store.ping()).resolves.toBe(false);
    expect(Date.now() - t0).toBeLessThan(patient.maxRetryMs);
    await store.close();
  });

  it('reads, writes and init report StoreUnavailableError with where and what', async () => {
    const store = createNeo4jStore(config);
    const err = await store.persons(['person:x']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    expect((err as Error).message).toMatch(/unavailable while reading persons \(bolt:\/\/127\.0\.0\.1:1, database neo4j\)/);
    await expect(store.init()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
