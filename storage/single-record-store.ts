import { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore } from "./record-store";

/** One record kept under a fixed key beside the setting (e.g. the journal of an import in progress). */
export interface SingleRecordStore<T> {
  get(): Promise<T | undefined>;
  put(value: T): Promise<void>;
  clear(): Promise<void>;
  /** The underlying record store's reading and sealing, for a merge restore (see backup/merge-plan.ts). */
  records: Pick<RecordStore<{ id: string }>, "check" | "seal">;
}

/**
 * A record of its own kind stored under `key` in the settings object store, through `codec` (so it is
 * encrypted once the data is unlocked), checked with `schema` when read. Needs no new object store.
 */
export function createSingleRecordStore<T>(db: SendDb, codec: RecordCodec, schema: z.ZodType<T>, key: string): SingleRecordStore<T> {
  const Wrapped = z.object({ id: z.literal(key), value: schema });
  const store = createRecordStore(db, "settings", Wrapped as z.ZodType<{ id: string; value: T }>, codec);
  return {
    async get() {
      return (await store.get(key))?.value;
    },
    put: (value) => store.put({ id: key, value }),
    clear: () => store.delete(key),
    records: store as unknown as Pick<RecordStore<{ id: string }>, "check" | "seal">,
  };
}
