import type { IDBPTransaction, StoreNames } from "idb";
import { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore } from "./record-store";
import { recordShape } from "./record-shape";
import type { SendDbSchema } from "./schema";
import { allOrNothing } from "./write-transaction";

const VERSION_KEY = "registerVersion";
/** The id of the one record in the `register` store. */
export const REGISTER_ID = "register";

type Identified = { id: string };
type WriteTransaction = Pick<IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite" | "versionchange">, "objectStore">;

/** Every pupil (with the revision it had) and every cycle summary, as they stood at one register version. */
export interface RegisterSnapshot<P extends Identified, S extends Identified> {
  id: typeof REGISTER_ID;
  pupils: { rev: number; value: P }[];
  summaries: S[];
}

/**
 * Inside any transaction that changes a pupil or a cycle summary (its scope must include `register` and `meta`):
 * the snapshot goes and the register version moves on, so a snapshot is never read once anything in it changed.
 */
export async function invalidateRegister(tx: WriteTransaction): Promise<void> {
  const meta = tx.objectStore("meta");
  const version = versionOf(await meta.get(VERSION_KEY));
  await Promise.all([meta.put(version + 1, VERSION_KEY), tx.objectStore("register").delete(REGISTER_ID)]);
}

export interface RegisterSnapshots<P extends Identified, S extends Identified> {
  /** The register version now, and the snapshot if there is one for it that can be read. */
  read(): Promise<{ version: number; snapshot?: RegisterSnapshot<P, S> }>;
  /** Saves a snapshot of the register as it was at `version`; does nothing if anything changed since. */
  write(version: number, snapshot: Omit<RegisterSnapshot<P, S>, "id">): Promise<boolean>;
}

/**
 * The register snapshot: one encrypted record holding what unlocking needs (every pupil and cycle summary), so a
 * large school is read with one decryption instead of thousands. It is bound to the register version as its
 * revision (in the AES-GCM additional data), so it cannot stand in for another version; any change deletes it.
 */
export function createRegisterSnapshots<P extends Identified, S extends Identified>(
  db: SendDb,
  codec: RecordCodec,
  schemas: { pupil: z.ZodType<P>; summary: z.ZodType<S> },
): RegisterSnapshots<P, S> {
  const schema = z.object({
    id: z.literal(REGISTER_ID),
    pupils: z.array(z.object({ rev: z.number().int().min(0), value: schemas.pupil })),
    summaries: z.array(schemas.summary),
  }) as unknown as z.ZodType<RegisterSnapshot<P, S>>;
  const store = createRecordStore(db, "register", schema, codec);
  return {
    async read() {
      const tx = db.transaction(["meta", "register"]);
      const [stored, envelope] = await Promise.all([tx.objectStore("meta").get(VERSION_KEY), tx.objectStore("register").get(REGISTER_ID)]);
      const version = versionOf(stored);
      if (!envelope || (envelope.rev ?? 0) !== version) return { version };
      // Unreadable (another key, a damaged record): read the stores instead, and write a fresh one after.
      const read = await store.check(envelope, { full: false });
      return read.ok ? { version, snapshot: read.value } : { version };
    },

    async write(version, snapshot) {
      // Every pupil and summary in it was read through its own store, which checked it: it is encoded as it is,
      // with the fingerprint of the snapshot's schema, rather than checked a second time (that would hold the page).
      const where = { store: "register" as const, id: REGISTER_ID, rev: version };
      const payload = await codec.encode({ id: REGISTER_ID, ...snapshot }, { ...where, shape: codec.authenticatedShape ? (recordShape(schema) ?? undefined) : undefined });
      const envelope = { id: REGISTER_ID, rev: version, payload };
      const tx = db.transaction(["meta", "register"], "readwrite");
      return allOrNothing(tx, async (track) => {
        if (versionOf(await tx.objectStore("meta").get(VERSION_KEY)) !== version) return false;
        track(tx.objectStore("register").put(envelope));
        return true;
      });
    },
  };
}

function versionOf(stored: unknown): number {
  return typeof stored === "number" && Number.isInteger(stored) && stored >= 0 ? stored : 0;
}
