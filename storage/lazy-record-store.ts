import type { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore, type RecordStoreOptions } from "./record-store";
import type { RecordStoreName } from "./schema";

/**
 * A record store whose zod schema is imported on first use, not at start-up: the side panel builds every
 * store when it opens and has a JavaScript budget (scripts/bundle-size.ts), and most stores are not needed there.
 */
export function createLazyRecordStore<T extends { id: string }, N extends RecordStoreName>(
  db: SendDb,
  name: N,
  loadSchema: () => Promise<z.ZodType<T>>,
  codec: RecordCodec,
  options: RecordStoreOptions<T, N> = {},
): RecordStore<T, N> {
  let store: Promise<RecordStore<T, N>> | undefined;
  /** Once loaded, for the questions answered at once. */
  let loaded: RecordStore<T, N> | undefined;
  const ready = () =>
    (store ??= loadSchema().then((schema) => (loaded = createRecordStore(db, name, schema, codec, options))));
  return {
    put: async (value, writeOptions) => (await ready()).put(value, writeOptions),
    putMany: async (values, writeOptions) => (await ready()).putMany(values, writeOptions),
    get: async (id) => (await ready()).get(id),
    getMany: async (ids) => (await ready()).getMany(ids),
    getAll: async () => (await ready()).getAll(),
    readStored: async (stored) => (await ready()).readStored(stored),
    getAllByIndex: async (indexName, key) => (await ready()).getAllByIndex(indexName, key),
    delete: async (id) => (await ready()).delete(id),
    clear: async () => (await ready()).clear(),
    check: async (stored, checkOptions) => (await ready()).check(stored, checkOptions),
    seal: async (value, rev) => (await ready()).seal(value, rev),
    noteDeleted: (ids) => void ready().then((s) => s.noteDeleted(ids)),
    writesSoFar: () => loaded?.writesSoFar() ?? 0,
    noteRead: (revisions, since) => void ready().then((s) => s.noteRead(revisions, since)),
    revisionOf: (id) => loaded?.revisionOf(id),
  };
}
