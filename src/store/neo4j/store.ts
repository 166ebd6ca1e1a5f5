/**
 * GraphStore over a Neo4j 5.26 server through neo4j-driver 6. Each read is one auto-commit
 * statement, each batch of ingested documents one managed write transaction, retried on
 * transient errors (availability.ts): writes for up to `config.maxRetryMs`, reads for at
 * most READ_RETRY_MS.
 * While the server is down, calls fail at once with STORE_UNAVAILABLE; a probe a second
 * (or a ping) finds it back.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { InputError, preview, StoreUnavailableError } from '../../errors.js';
import type { DocumentGraph } from '../../model/graph.js';
import { DocumentRefusedError } from '../refused.js';
import type { GraphStore, IngestResult, NodeLabel, StoreStats } from '../types.js';
import { Availability, withRetry } from './availability.js';
import type { Neo4jConfig } from './config.js';
import { PING } from './cypher-read.js';
import { WIPE } from './cypher-write.js';
import { batches, ingestBatch, retryConflicts } from './ingest.js';
import { LISTED_LABELS, NAMED_LABELS } from './labels.js';
import * as read from './reads.js';
import { AWAIT_INDEXES, SCHEMA } from './schema.js';
import { isUnavailable, rethrow } from './unavailable.js';

/** A query waits at most this for the server to come back before it reports unavailable. */
const READ_RETRY_MS = 1_000;
/**
 * Reads take every row in one PULL: results are materialized whole anyway, and the default
 * (1000 rows a batch) would add a round trip per thousand rows.
 */
const FETCH_ALL = -1;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver: Driver | null = null;
  private ready = false;
  private readonly availability = new Availability();

  constructor(private readonly config: Neo4jConfig) {}

  /** Made on first use and again after close(), so a closed store can be reopened by init(). */
  private get db(): Driver {
    this.driver ??= neo4j.driver(
      this.config.uri,
      this.config.user !== null && this.config.password !== null
        ? neo4j.auth.basic(this.config.user, this.config.password)
        : undefined,
      {
        // Retries are ours (withRetry): reads and writes get different budgets.
        maxTransactionRetryTime: 0,
        // Fail fast when nothing listens; the retry budgets still apply to transactions.
        connectionTimeout: 5_000,
        connectionAcquisitionTimeout: Math.max(this.config.maxRetryMs, 5_000),
        userAgent: 'careergraph',
      },
    );
    return this.driver;
  }

  async init(): Promise<void> {
    if (this.ready) return;
    const session = this.db.session({ database: this.config.database });
    try {
      for (const statement of SCHEMA) await session.run(statement);
      await session.run(AWAIT_INDEXES, { seconds: 60 });
    } catch (err) {
      rethrow(err, this.config, 'creating constraints and indexes');
    } finally {
      await session.close();
    }
    this.ready = true;
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = null;
    this.ready = false;
    if (driver) await driver.close();
  }

  /**
   * An auto-commit query: unlike managed transactions it is not retried, so a down server
   * answers false within the connection timeout instead of after the retry budget.
   */
  async ping(): Promise<boolean> {
    let session;
    try {
      session = this.db.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
      await session.run(PING);
      this.availability.up();
      return true;
    } catch (err) {
      if (isUnavailable(err) || !(err instanceof neo4j.Neo4jError)) this.availability.down();
      return false;
    } finally {
      await session?.close().catch(() => {});
    }
  }

  async ingest(doc: DocumentGraph): Promise<IngestResult> {
    const [result] = await this.ingestMany([doc]);
    if (!result) throw new Error('unreachable: ingestMany returned no result for one document');
    return result;
  }

  /**
   * Batches of documents (ingest.ts `batches`), each one write transaction retried whole on
   * transient errors and on a concurrent writer's uniqueness conflict: ingestBatch rereads
   * what exists and writes nothing for a source already there. A refused document stops
   * the call after its batch's earlier documents are committed (DocumentRefusedError).
   */
  async ingestMany(docs: readonly DocumentGraph[]): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const batch of batches(docs)) {
      const first = batch[0]?.source.id ?? '';
      const doing = batch.length === 1 ? `ingesting source ${first}` : `ingesting ${batch.length} sources from ${first}`;
      const budget = this.failFast(doing) ? 0 : this.config.maxRetryMs;
      // All rows of a read at once: the reads inside an ingest return thousands of rows.
      const session = this.db.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE, fetchSize: -1 });
      let outcome;
      try {
        const run = () => withRetry(() => session.executeWrite((tx) => ingestBatch(tx, batch)), budget);
        outcome = this.succeeded(await retryConflicts(run));
      } catch (err) {
        return this.failed(err, doing);
      } finally {
        await session.close();
      }
      if (outcome.refused) throw new DocumentRefusedError(outcome.refused, results.length + outcome.results.length, [...results, ...outcome.results]);
      results.push(...outcome.results);
    }
    return results;
  }

  /**
   * One read statement as an auto-commit query in a READ session: one network round trip
   * (RUN and PULL pipelined), where a managed transaction adds BEGIN and COMMIT. Each read
   * is a single statement, so it sees one consistent snapshot either way; it is retried
   * whole on transient errors within the read budget. The session is only a handle on a
   * pooled connection: closing it after the result is consumed sends nothing.
   */
  private async reading<T>(doing: string, work: (run: read.Runner) => Promise<T>): Promise<T> {
    const budget = this.failFast(doing) ? 0 : Math.min(READ_RETRY_MS, this.config.maxRetryMs);
    try {
      return this.succeeded(await withRetry(async () => {
        const session = this.db.session({
          database: this.config.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ALL,
        });
        try {
          return await work(session);
        } finally {
          await session.close();
        }
      }, budget));
    } catch (err) {
      return this.failed(err, doing);
    }
  }

  /**
   * Known down and no probe due: STORE_UNAVAILABLE now, without touching the network.
   * Returns true when this call is the probe (one try, no retries).
   */
  private failFast(doing: string): boolean {
    const probing = this.availability.isDown;
    const downFor = this.availability.gate();
    if (downFor === null) return probing;
    throw new StoreUnavailableError(
      `Neo4j store unavailable while ${doing} (${this.config.uri}, database ${this.config.database}): ` +
        `not answering for ${Math.round(downFor / 1000)} s; checked again every second`,
    );
  }

  private succeeded<T>(value: T): T {
    this.availability.up();
    return value;
  }

  private failed(err: unknown, doing: string): never {
    if (isUnavailable(err)) this.availability.down();
    return rethrow(err, this.config, doing);
  }

  persons(ids: readonly string[]) {
    return this.reading('reading persons', (tx) => read.readPersons(tx, ids));
  }

  companies(ids: readonly string[]) {
    return this.reading('reading companies', (tx) => read.readCompanies(tx, ids));
  }

  places(ids: readonly string[]) {
    return this.reading('reading places', (tx) => read.readPlaces(tx, ids));
  }

  sources(ids: readonly string[]) {
    return this.reading('reading sources', (tx) => read.readSources(tx, ids));
  }

  roles(ids: readonly string[]) {
    return this.reading('reading roles', (tx) => read.readRoles(tx, ids));
  }

  rolesByPerson(personIds: readonly string[]) {
    return this.reading('reading roles by person', (tx) => read.readRolesByPerson(tx, personIds));
  }

  rolesByCompany(companyIds: readonly string[]) {
    return this.reading('reading roles by company', (tx) => read.readRolesByCompany(tx, companyIds));
  }

  expansionsByCompany(companyIds: readonly string[]) {
    return this.reading('reading expansions', (tx) => read.readExpansionsByCompany(tx, companyIds));
  }

  parentOf(companyIds: readonly string[]) {
    return this.reading('reading parent companies', (tx) => read.readParents(tx, companyIds));
  }

  subsidiariesOf(companyIds: readonly string[]) {
    return this.reading('reading subsidiaries', (tx) => read.readSubsidiaries(tx, companyIds));
  }

  careers(personIds: readonly string[]) {
    return this.reading('reading careers', (tx) => read.readCareers(tx, personIds));
  }

  personCareers(personIds: readonly string[]) {
    return this.reading('reading persons', (tx) => read.readPersonCareers(tx, personIds));
  }

  staff(companyIds: readonly string[]) {
    return this.reading('reading roles by company', (tx) => read.readStaff(tx, companyIds));
  }

  staffIn(companyIds: readonly string[], placeIds: readonly string[]) {
    return this.reading('reading roles by company and place', (tx) => read.readStaffIn(tx, companyIds, placeIds));
  }

  events(companyIds: readonly string[]) {
    return this.reading('reading expansions', (tx) => read.readEvents(tx, companyIds));
  }

  families(companyIds: readonly string[]) {
    return this.reading('reading company groups', (tx) => read.readFamilies(tx, companyIds));
  }

  staffLinks(companyIds: readonly string[]) {
    return this.reading('reading roles by company', (tx) => read.readStaffLinks(tx, companyIds));
  }

  careersAt(companyIds: readonly string[]) {
    return this.reading('reading careers at companies', (tx) => read.readCareersAt(tx, companyIds));
  }

  lookup(nodeIds: readonly string[], roleIds: readonly string[]) {
    return this.reading('reading records', (tx) => read.readLookup(tx, nodeIds, roleIds));
  }

  links(personIds: readonly string[], companyIds: readonly string[]) {
    return this.reading('reading links', (tx) => read.readLinks(tx, personIds, companyIds));
  }

  idsByKey(label: NodeLabel, keys: readonly string[]) {
    // The type says so, but JS callers and casts exist: the label picks a prepared query.
    if (!Object.hasOwn(NAMED_LABELS, label)) {
      return Promise.reject(new InputError(`label must be Person or Company; got ${preview(label)}`));
    }
    return this.reading('looking up names', (tx) => read.readIdsByKey(tx, label, keys));
  }

  allIds(label: NodeLabel | 'Source') {
    if (!Object.hasOwn(LISTED_LABELS, label)) {
      return Promise.reject(new InputError(`label must be Person, Company or Source; got ${preview(label)}`));
    }
    return this.reading('listing ids', (tx) => read.readAllIds(tx, label));
  }

  stats(): Promise<StoreStats> {
    return this.reading('counting', (tx) => read.readStats(tx));
  }

  /** Tests only: deletes every node and relationship; constraints and indexes stay. */
  async wipe(): Promise<void> {
    const session = this.db.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => tx.run(WIPE));
    } catch (err) {
      rethrow(err, this.config, 'wiping the database');
    } finally {
      await session.close();
    }
  }
}
