/**
 * What the memory store keeps on disk: a snapshot of the whole state (rewritten atomically:
 * temp file, fsync, rename) and a journal of the documents applied since (one JSON line
 * each, fsynced before the document is applied). A torn last journal line — the process
 * killed mid-write — is dropped on load, so a document is on disk whole or not at all.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CompanyNode, DocumentGraph, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode, SubsidiaryEdge,
} from '../../model/graph.js';
import { InputError } from '../../errors.js';

export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: number;
  persons: PersonNode[];
  companies: CompanyNode[];
  places: PlaceNode[];
  sources: SourceNode[];
  roles: RoleEdge[];
  expansions: ExpansionEdge[];
  subsidiaries: SubsidiaryEdge[];
}

export interface DiskFiles {
  snapshot: string;
  journal: string;
}

export function diskFiles(dir: string): DiskFiles {
  return { snapshot: join(dir, 'snapshot.json'), journal: join(dir, 'journal.jsonl') };
}

export function readSnapshot(file: string): Snapshot | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`snapshot ${file} is not valid JSON (${(error as Error).message}); move it away to start empty`);
  }
  const snap = parsed as Partial<Snapshot>;
  if (snap.version !== SNAPSHOT_VERSION) {
    throw new InputError(`snapshot ${file} has version ${String(snap.version)}, expected ${SNAPSHOT_VERSION}`);
  }
  return snap as Snapshot;
}

/** Documents journaled since the snapshot; a torn final line is ignored. */
export function readJournal(file: string): DocumentGraph[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const docs: DocumentGraph[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      docs.push(JSON.parse(line) as DocumentGraph);
    } catch {
      if (i >= lines.length - 2) break; // the write that was cut short
      throw new InputError(`journal ${file} line ${i + 1} is corrupt; move the file away to drop it`);
    }
  }
  return docs;
}

export function appendJournal(dir: string, file: string, doc: DocumentGraph): void {
  mkdirSync(dir, { recursive: true });
  const fd = openSync(file, 'a');
  try {
    writeSync(fd, `${JSON.stringify(doc)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the snapshot atomically, then empties the journal it now contains. */
export function writeSnapshot(dir: string, files: DiskFiles, snapshot: Snapshot): void {
  mkdirSync(dir, { recursive: true });
  const tmp = `${files.snapshot}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, files.snapshot);
  // A crash between rename and truncation replays journaled documents already in the
  // snapshot: ingest is idempotent by source id, so that is harmless.
  const jfd = openSync(files.journal, 'w');
  try {
    fsyncSync(jfd);
  } finally {
    closeSync(jfd);
  }
}
