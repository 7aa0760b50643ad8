import type { IndexKey, IndexNames, StoreValue } from "idb";
import type { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { describeIssues } from "./describe-issues";
import type { RecordEnvelope, RecordStoreName, SendDbSchema } from "./schema";

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

/** The plain (unencoded) fields a store's envelopes carry besides id and payload. */
export type IndexFields<N extends RecordStoreName> = Omit<SendDbSchema[N]["value"], keyof RecordEnvelope>;

export interface RecordStore<T extends { id: string }, N extends RecordStoreName = RecordStoreName> {
  /** Validates, encodes and saves one record; rejects naming the field if it is invalid. */
  put(value: T): Promise<void>;
  /** Saves all of them in one transaction, or none if any is invalid or a write fails. */
  putMany(values: readonly T[]): Promise<void>;
  get(id: string): Promise<T | undefined>;
  getAll(): Promise<LoadResult<T>>;
  getAllByIndex<I extends IndexNames<SendDbSchema, N>>(
    indexName: I,
    key: IndexKey<SendDbSchema, N, I>,
  ): Promise<LoadResult<T>>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
}

type Read<T> = { ok: true; value: T } | { ok: false; quarantined: QuarantinedRecord };

/**
 * A typed store over one object store. Encoding happens before a transaction opens and decoding
 * after it completes, so an asynchronous codec never holds a transaction open.
 */
export function createRecordStore<T extends { id: string }, N extends RecordStoreName>(
  db: SendDb,
  storeName: N,
  schema: z.ZodType<T>,
  codec: RecordCodec,
  indexFields?: (value: T) => IndexFields<N>,
): RecordStore<T, N> {
  async function toEnvelope(value: T, position: string): Promise<StoreValue<SendDbSchema, N>> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new Error(`Could not save to ${storeName}${position}: ${describeIssues(parsed.error)}`);
    }
    const payload = await codec.encode(parsed.data);
    const envelope = { ...indexFields?.(parsed.data), id: parsed.data.id, payload };
    return envelope as StoreValue<SendDbSchema, N>;
  }

  async function read(stored: unknown): Promise<Read<T>> {
    const quarantine = (id: string, reason: string): Read<T> => ({
      ok: false,
      quarantined: { store: storeName, id, reason },
    });
    if (!isEnvelope(stored)) return quarantine(idOf(stored), "it is not a stored record (no id or payload)");
    let decoded: unknown;
    try {
      decoded = await codec.decode(stored.payload);
    } catch (error) {
      return quarantine(stored.id, `it could not be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = schema.safeParse(decoded);
    if (!parsed.success) return quarantine(stored.id, describeIssues(parsed.error));
    if (parsed.data.id !== stored.id) {
      return quarantine(stored.id, `field "id": it says "${parsed.data.id}" but is stored as "${stored.id}"`);
    }
    return { ok: true, value: parsed.data };
  }

  async function readAll(stored: readonly unknown[]): Promise<LoadResult<T>> {
    const reads = await Promise.all(stored.map(read));
    const result: LoadResult<T> = { records: [], quarantined: [] };
    for (const r of reads) {
      if (r.ok) result.records.push(r.value);
      else result.quarantined.push(r.quarantined);
    }
    return result;
  }

  return {
    async put(value) {
      const envelope = await toEnvelope(value, "");
      await db.put(storeName, envelope);
    },

    async putMany(values) {
      const envelopes = await Promise.all(
        values.map((v, i) => toEnvelope(v, ` (record ${i + 1} of ${values.length})`)),
      );
      if (envelopes.length === 0) return;
      const tx = db.transaction(storeName, "readwrite");
      const writes: Promise<unknown>[] = [tx.done];
      try {
        for (const envelope of envelopes) writes.push(tx.store.put(envelope));
      } catch (error) {
        // put throws synchronously (e.g. DataCloneError) without failing the transaction: abort it
        // ourselves so that the writes already queued are undone too.
        for (const write of writes) write.catch(() => {});
        try {
          tx.abort();
        } catch {
          // Already aborted (why this put threw): report the transaction's own failure instead.
          throw await tx.done.then(() => error, (failure: unknown) => failure);
        }
        throw error;
      }
      await Promise.all(writes);
    },

    async get(id) {
      const stored = await db.get(storeName, id);
      if (stored === undefined) return undefined;
      const r = await read(stored);
      if (!r.ok) throw new UnreadableRecordError(r.quarantined);
      return r.value;
    },

    async getAll() {
      return readAll(await db.getAll(storeName));
    },

    async getAllByIndex(indexName, key) {
      return readAll(await db.getAllFromIndex(storeName, indexName, key));
    },

    async delete(id) {
      await db.delete(storeName, id);
    },

    async clear() {
      await db.clear(storeName);
    },
  };
}

function isEnvelope(stored: unknown): stored is RecordEnvelope {
  return typeof stored === "object" && stored !== null && typeof (stored as { id?: unknown }).id === "string" && "payload" in stored;
}

function idOf(stored: unknown): string {
  const id = typeof stored === "object" && stored !== null ? (stored as { id?: unknown }).id : undefined;
  return id === undefined ? "(no id)" : String(id);
}
