/**
 * Where the Neo4j store connects, validated once at the edge (DESIGN: "validate at the edge
 * once"). Core code trusts a `Neo4jConfig`.
 */
import { InputError, preview } from '../../errors.js';

export interface Neo4jConfig {
  uri: string;
  /** null with `password` null: connect without auth (the local dev server runs so). */
  user: string | null;
  password: string | null;
  database: string;
  /**
   * How long the driver retries a transaction on transient errors (server restarting,
   * leader switch). Also how long a call waits before reporting the store unavailable.
   */
  maxRetryMs: number;
}

const SCHEMES = ['bolt', 'bolt+s', 'neo4j', 'neo4j+s'] as const;
const DEFAULT_DATABASE = 'neo4j';
const DEFAULT_MAX_RETRY_MS = 15_000;
// Neo4j database names: a letter first, then letters, digits, dots and dashes (max 63).
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{0,62}$/;

export interface Neo4jConfigInput {
  uri: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  maxRetryMs?: number | undefined;
}

export function neo4jConfig(input: Neo4jConfigInput): Neo4jConfig {
  const uri = (input.uri ?? '').trim();
  if (uri === '') {
    throw new InputError('NEO4J_URI is not set; expected e.g. bolt://127.0.0.1:7687 (npm run neo4j:start prints one)');
  }
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !(SCHEMES as readonly string[]).includes(scheme)) {
    // Never echo what could be a secret: a URI with user info is cut before the '@'.
    throw new InputError(`NEO4J_URI must start with ${SCHEMES.map((s) => `${s}://`).join(', ')}; got ${preview(redact(uri))}`);
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new InputError(`NEO4J_URI is not a valid URI (expected scheme://host[:port]); got ${preview(redact(uri))}`);
  }
  if (url.username || url.password) {
    throw new InputError('NEO4J_URI must not carry credentials; put them in NEO4J_USER and NEO4J_PASSWORD');
  }
  if (!url.hostname) {
    throw new InputError(`NEO4J_URI has no host (expected scheme://host[:port]); got ${preview(uri)}`);
  }
  const user = emptyToNull(input.user);
  const password = emptyToNull(input.password);
  if ((user === null) !== (password === null)) {
    throw new InputError(`NEO4J_USER and NEO4J_PASSWORD go together; got only ${user === null ? 'NEO4J_PASSWORD' : 'NEO4J_USER'}`);
  }
  const database = emptyToNull(input.database) ?? DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new InputError(`NEO4J_DATABASE must be a Neo4j database name (letters, digits, dots, dashes; a letter first); got ${preview(database)}`);
  }
  const maxRetryMs = input.maxRetryMs ?? DEFAULT_MAX_RETRY_MS;
  if (!Number.isFinite(maxRetryMs) || maxRetryMs < 0) {
    throw new InputError(`maxRetryMs must be a number of milliseconds >= 0; got ${preview(maxRetryMs)}`);
  }
  return { uri, user, password, database, maxRetryMs };
}

/** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return neo4jConfig({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE,
  });
}

function emptyToNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//…@');
}
