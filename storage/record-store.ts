import type { IDBPTransaction, IndexKey, IndexNames, StoreNames, StoreValue } from "idb";
import type { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { describeIssues } from "./describe-issues";
import { recordShape } from "./record-shape";
import { pauseEvery } from "./pause";
import { readInPages } from "./read-in-pages";
import { StaleWriteError } from "./stale-write";
import type { RecordEnvelope, RecordStoreName, SendDbSchema } from "./schema";
import { tombstoneKey, updateTombstones } from "./tombstones";
import { allOrNothing } from "./write-transaction";

/** A stored record that could not be read; it stays in the database untouched. */
export interface QuarantinedRecord {
  store: RecordStoreName;
  id: string;
  /** Plain English, naming the field where there is one. */
  reason: string;
}

export interface LoadResult<T> {
  records: T[];
  quarantined: QuarantinedRecord[];
}

/** `get` rejects with this when the one record asked for cannot be read. */
export class UnreadableRecordError extends Error {
  constructor(readonly record: QuarantinedRecord) {
    super(`The ${record.store} record ${record.id} could not be read: ${record.reason}`);
    this.name = "UnreadableRecordError";
  }
}

/** The plain (unencoded) fields a store's envelopes carry besides id, revision and payload. */
export type IndexFields<N extends RecordStoreName> = Omit<SendDbSchema[N]["value"], keyof RecordEnvelope>;

export interface WriteOptions {
  /** Write even if another window saved the record since this one read it ("keep mine"). */
  overwrite?: boolean;
}

export interface RecordStore<T extends { id: string }, N extends RecordStoreName = RecordStoreName> {
  /**
   * Validates, encodes and saves one record; rejects naming the field if it is invalid, and with
   * StaleWriteError if the store checks revisions and another window saved or deleted it since it was read here.
   */
  put(value: T, options?: WriteOptions): Promise<void>;
  /** Saves all of them in one transaction, or none if any is invalid, stale or a write fails. */
  putMany(values: readonly T[], options?: WriteOptions): Promise<void>;
  get(id: string): Promise<T | undefined>;
  /** Reads these records afresh (those that exist and can be read), e.g. just before changing them. */
  getMany(ids: readonly string[]): Promise<LoadResult<T>>;
  getAll(): Promise<LoadResult<T>>;
  /** Reads envelopes read from this store elsewhere (a page at a time), as getAll would. */
  readStored(stored: readonly unknown[]): Promise<LoadResult<T>>;
  getAllByIndex<I extends IndexNames<SendDbSchema, N>>(
    indexName: I,
    key: IndexKey<SendDbSchema, N, I>,
  ): Promise<LoadResult<T>>;
  /** Deletes the record; a store that checks revisions remembers it as deleted (see tombstones.ts). */
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  /** Tells the store these records were deleted by a transaction across stores (see delete-pupil.ts). */
  noteDeleted(ids: readonly string[]): void;
  /** How many writes this store has made: take it before reading records elsewhere, for `noteRead`. */
  writesSoFar(): number;
  /**
   * Tells the store these records were read elsewhere (the register snapshot) at these revisions, by a read that
   * began when `writesSoFar()` was `since`, so a later save is checked against them as after its own read.
   */
  noteRead(revisions: readonly (readonly [id: string, rev: number])[], since: number): void;
  /** The revision this store last read or wrote of the record, if it has. */
  revisionOf(id: string): number | undefined;
  /**
   * Reads a stored envelope from elsewhere (a backup) as this store would: decoded, validated, checked. With
   * `full: false`, a record this version wrote is trusted as a normal read trusts it (see `read`).
   */
  check(stored: unknown, options?: { full?: boolean }): Promise<Checked<T>>;
  /** Validates and encodes a record as revision `rev` of this store, ready to be written (a merge restore). */
  seal(value: T, rev: number): Promise<StoreValue<SendDbSchema, N>>;
}

export type Checked<T> = { ok: true; value: T; rev: number } | { ok: false; reason: string };

/** A write transaction as a companion sees it (see WriteCompanion). */
export type CompanionTransaction = IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite">;

/**
 * Records derived from a store's records (cycle summaries from cycles), written in the same transaction as every
 * change to them. `prepare` runs before the transaction (it may read and encode); the function it returns runs
 * inside it, checks that what `prepare` read has not moved (else it throws CompanionMovedError and the whole write
 * is tried again) and queues its own writes through `track`.
 */
export interface WriteCompanion<T> {
  stores: readonly StoreNames<SendDbSchema>[];
  prepare(change: { put: readonly T[]; deleted: readonly string[] }): Promise<(tx: CompanionTransaction, track: (request: Promise<unknown>) => void) => Promise<void>>;
}

/** Thrown by a companion inside the transaction when what it prepared from has changed meanwhile. */
export class CompanionMovedError extends Error {
  constructor() {
    super("Records this change depends on were changed meanwhile.");
    this.name = "CompanionMovedError";
  }
}

/** How many times a write is tried again when its companion's records moved meanwhile. */
const COMPANION_ATTEMPTS = 5;

export interface RecordStoreOptions<T, N extends RecordStoreName> {
  /** Clear fields for the store's indexes; checked against the decoded record on every read. */
  indexFields?: (value: T) => IndexFields<N>;
  /**
   * Refuse a write when the record changed or went since this store last read or wrote it, and keep
   * tombstones of deleted records. For records people edit in two windows (pupils, cycles, audits, groups).
   */
  checkRevisions?: boolean;
  /** Derived records written with every change (see WriteCompanion). */
  companion?: WriteCompanion<T>;
}

/** Records decoded together before the page may take a turn. */
const READ_BATCH = 100;
/** Records read from IndexedDB per request. */
const READ_PAGE = 500;

type Read<T> = { ok: true; value: T; rev: number } | { ok: false; quarantined: QuarantinedRecord };

/**
 * A typed store over one object store. Encoding happens before a transaction opens and decoding after it
 * completes, so an asynchronous codec never holds a transaction open. Each record carries a revision: this
 * store remembers the revision it last read or wrote for each id, and a write checks, inside its transaction,
 * that the stored revision is still that one.
 */
export function createRecordStore<T extends { id: string }, N extends RecordStoreName>(
  db: SendDb,
  storeName: N,
  schema: z.ZodType<T>,
  codec: RecordCodec,
  options: RecordStoreOptions<T, N> = {},
): RecordStore<T, N> {
  const { indexFields, checkRevisions = false, companion } = options;
  /** The revision last seen here per id; absent: never seen, or seen deleted. */
  const seen = new Map<string, number>();
  /** Counts this store's writes, so a read that began before a write cannot overwrite what the write set. */
  let writes = 0;
  const lastWrite = new Map<string, number>();
  const scope = [...new Set([storeName, ...(checkRevisions ? ["meta"] : []), ...(companion?.stores ?? [])])] as [N, "meta"];

  /**
   * Runs `work` in one readwrite transaction with the companion's writes for `change`; prepares them again and
   * retries when the companion's records moved before the transaction began.
   */
  async function withCompanion<R>(
    change: { put: readonly T[]; deleted: readonly string[] },
    work: (tx: CompanionTransaction, track: (request: Promise<unknown>) => void) => Promise<R>,
  ): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const alsoWrite = await companion?.prepare(change);
      const tx = db.transaction(scope, "readwrite") as unknown as CompanionTransaction;
      try {
        return await allOrNothing(tx, async (track) => {
          const result = await work(tx, track);
          await alsoWrite?.(tx, track);
          return result;
        });
      } catch (error) {
        if (!(error instanceof CompanionMovedError) || attempt >= COMPANION_ATTEMPTS) throw error;
      }
    }
  }

  async function toEnvelope(value: T, rev: number, position: string): Promise<StoreValue<SendDbSchema, N>> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new Error(`Could not save to ${storeName}${position}: ${describeIssues(parsed.error)}`);
    }
    const id = parsed.data.id;
    const payload = await codec.encode(parsed.data, { store: storeName, id, rev, shape: shape() });
    const envelope = { ...indexFields?.(parsed.data), id, rev, payload };
    return envelope as StoreValue<SendDbSchema, N>;
  }

  /** This schema's fingerprint, when the codec can prove a payload was written with it (see record-shape.ts). */
  const shape = () => (codec.authenticatedShape ? (recordShape(schema) ?? undefined) : undefined);

  /**
   * Decodes and checks a stored envelope. A record this version saved (its payload proves it passed today's
   * schema) is trusted without checking it field by field again: that is most of the cost of a read. Older
   * records, and with `full` every record (backups, merges), go through the schema.
   */
  async function read(stored: unknown, full = false): Promise<Read<T>> {
    const quarantine = (id: string, reason: string): Read<T> => ({
      ok: false,
      quarantined: { store: storeName, id, reason },
    });
    if (!isEnvelope(stored)) return quarantine(idOf(stored), "it is not a stored record (no id or payload)");
    const rev = stored.rev ?? 0;
    let decoded: unknown;
    try {
      decoded = await codec.decode(stored.payload, { store: storeName, id: stored.id, rev });
    } catch (error) {
      return quarantine(stored.id, `it could not be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    const current = shape();
    const trusted = !full && current !== undefined && codec.authenticatedShape?.(stored.payload) === current && isIdentified(decoded);
    const parsed = trusted ? { success: true as const, data: decoded as T } : schema.safeParse(decoded);
    if (!parsed.success) return quarantine(stored.id, describeIssues(parsed.error));
    if (parsed.data.id !== stored.id) {
      return quarantine(stored.id, `field "id": it says "${parsed.data.id}" but is stored as "${stored.id}"`);
    }
    const mismatch = indexFields && clearFieldMismatch(indexFields(parsed.data), stored as unknown as Record<string, unknown>);
    if (mismatch) return quarantine(stored.id, mismatch);
    return { ok: true, value: parsed.data, rev };
  }

  /** `since`: this store's write count when the read began, taken before the database was read. */
  async function readAll(stored: readonly unknown[], since: number): Promise<LoadResult<T>> {
    // Decoded and checked a batch at a time, letting the page paint between batches once a turn has run
    // long, so reading thousands of records never freezes it.
    const pause = pauseEvery();
    const reads: Read<T>[] = [];
    for (let at = 0; at < stored.length; at += READ_BATCH) {
      for (const r of await Promise.all(stored.slice(at, at + READ_BATCH).map((one) => read(one)))) reads.push(r);
      await pause();
    }
    const result: LoadResult<T> = { records: [], quarantined: [] };
    for (const r of reads) {
      if (!r.ok) {
        result.quarantined.push(r.quarantined);
        continue;
      }
      result.records.push(r.value);
      if ((lastWrite.get(r.value.id) ?? 0) <= since) seen.set(r.value.id, r.rev);
    }
    return result;
  }

  function wrote(id: string, rev: number | undefined) {
    lastWrite.set(id, ++writes);
    if (rev === undefined) seen.delete(id);
    else seen.set(id, rev);
  }

  /** The stored revisions of these records now (0 for a missing one), read in one transaction. */
  async function storedRevisions(ids: readonly string[]): Promise<number[]> {
    const tx = db.transaction(storeName, "readonly");
    const stored = (await Promise.all(ids.map((id) => tx.store.get(id as never)))) as (RecordEnvelope | undefined)[];
    return stored.map((envelope) => envelope?.rev ?? 0);
  }

  /**
   * Writes each value as revision `base + 1`, checking inside the transaction that the stored revision is still
   * `base`. With `check` the base is what this store last saw, and a record it saw that has gone is refused too;
   * without it (overwrite, or stores that do not check) the base was read just before, and a caller retries.
   */
  async function commit(values: readonly T[], bases: readonly number[], check: boolean): Promise<void> {
    const envelopes = await Promise.all(
      values.map((v, i) => toEnvelope(v, bases[i]! + 1, values.length > 1 ? ` (record ${i + 1} of ${values.length})` : "")),
    );
    await withCompanion({ put: values, deleted: [] }, async (tx, track) => {
      const store = tx.objectStore(storeName);
      const stored = (await Promise.all(values.map((v) => store.get(v.id as never)))) as (RecordEnvelope | undefined)[];
      stored.forEach((envelope, i) => {
        const id = values[i]!.id;
        if (envelope === undefined) {
          if (check && seen.has(id)) throw new StaleWriteError(storeName, id, "deleted");
        } else if ((envelope.rev ?? 0) !== bases[i]) {
          throw new StaleWriteError(storeName, id, "changed");
        }
      });
      for (const envelope of envelopes) track(store.put(envelope as never));
      const created = values.filter((_, i) => stored[i] === undefined).map((v) => tombstoneKey(storeName, v.id));
      if (checkRevisions && created.length > 0) track(updateTombstones(tx, { remove: created }));
    });
    values.forEach((v, i) => wrote(v.id, bases[i]! + 1));
  }

  async function write(values: readonly T[], { overwrite = false }: WriteOptions): Promise<void> {
    if (values.length === 0) return;
    if (checkRevisions && !overwrite) return commit(values, values.map((v) => seen.get(v.id) ?? 0), true);
    // Not checking: revisions still count up. A save made meanwhile elsewhere moves one on: read again and retry.
    for (let attempt = 1; ; attempt++) {
      try {
        return await commit(values, await storedRevisions(values.map((v) => v.id)), false);
      } catch (error) {
        if (!(error instanceof StaleWriteError) || attempt >= 5) throw error;
      }
    }
  }

  return {
    put: (value, options = {}) => write([value], options),

    putMany: (values, options = {}) => write(values, options),

    async get(id) {
      const since = writes;
      const stored = await db.get(storeName, id as never);
      if (stored === undefined) return undefined;
      const r = await read(stored);
      if (!r.ok) throw new UnreadableRecordError(r.quarantined);
      if ((lastWrite.get(id) ?? 0) <= since) seen.set(id, r.rev);
      return r.value;
    },

    async getMany(ids) {
      const since = writes;
      const tx = db.transaction(storeName, "readonly");
      const stored = await Promise.all(ids.map((id) => tx.store.get(id as never)));
      return readAll(stored.filter((s) => s !== undefined), since);
    },

    async getAll() {
      const since = writes;
      // A page at a time in one transaction: each page's records are turned from their stored form in a task
      // of their own, so a store of thousands never holds the page for long.
      const tx = db.transaction(storeName);
      const stored = await readInPages(tx as never, storeName, READ_PAGE);
      await tx.done;
      return readAll(stored, since);
    },

    async readStored(stored) {
      // Read elsewhere, at a time this store cannot place among its own writes: no revision is remembered from it.
      return readAll(stored, -1);
    },

    async getAllByIndex(indexName, key) {
      const since = writes;
      return readAll(await db.getAllFromIndex(storeName, indexName, key), since);
    },

    async delete(id) {
      await withCompanion({ put: [], deleted: [id] }, async (tx, track) => {
        track(tx.objectStore(storeName).delete(id as never));
        if (checkRevisions) track(updateTombstones(tx, { add: [tombstoneKey(storeName, id)] }));
      });
      wrote(id, undefined);
    },

    async clear() {
      await db.clear(storeName);
      seen.clear();
    },

    noteDeleted(ids) {
      for (const id of ids) wrote(id, undefined);
    },

    writesSoFar: () => writes,

    noteRead(revisions, since) {
      for (const [id, rev] of revisions) if ((lastWrite.get(id) ?? 0) <= since) seen.set(id, rev);
    },

    revisionOf: (id) => seen.get(id),

    async check(stored, { full = true } = {}) {
      const r = await read(stored, full);
      return r.ok ? r : { ok: false, reason: r.quarantined.reason };
    },

    seal: (value, rev) => toEnvelope(value, rev, ""),
  };
}

/** Why a record's clear index fields disagree with what it says inside, or null when they agree. */
function clearFieldMismatch(expected: Record<string, unknown>, stored: Record<string, unknown>): string | null {
  for (const [field, value] of Object.entries(expected)) {
    if (stored[field] !== value) {
      return `field "${field}": it says "${String(value)}" but is filed under "${String(stored[field])}"`;
    }
  }
  return null;
}

function isEnvelope(stored: unknown): stored is RecordEnvelope {
  if (typeof stored !== "object" || stored === null) return false;
  const { id, rev } = stored as { id?: unknown; rev?: unknown };
  return typeof id === "string" && "payload" in stored && (rev === undefined || (Number.isInteger(rev) && (rev as number) >= 0));
}

function isIdentified(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === "string";
}

function idOf(stored: unknown): string {
  const id = typeof stored === "object" && stored !== null ? (stored as { id?: unknown }).id : undefined;
  return id === undefined ? "(no id)" : String(id);
}
