import type { IDBPTransaction, StoreNames } from "idb";
import { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore } from "./record-store";
import { recordShape } from "./record-shape";
import type { RecordEnvelope, SendDbSchema } from "./schema";
import { allOrNothing } from "./write-transaction";

const VERSION_KEY = "registerVersion";
/** Pupils (and summaries) per part: each part is decrypted and parsed in a task of its own, so none runs long. */
export const REGISTER_PART_SIZE = 500;

type Identified = { id: string };
type WriteTransaction = Pick<IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "readwrite" | "versionchange">, "objectStore">;

/** Every pupil (with the revision it had) and every cycle summary, as they stood at one register version. */
export interface RegisterSnapshot<P extends Identified, S extends Identified> {
  pupils: { rev: number; value: P }[];
  summaries: S[];
}

/** One stored part of a snapshot: a slice of each list, and which part of how many it is. */
type Part<P extends Identified, S extends Identified> = RegisterSnapshot<P, S> & { id: string; part: number; parts: number };

const partId = (part: number) => `register-${part}`;

/**
 * Inside any transaction that changes a pupil or a cycle summary (its scope must include `register` and `meta`):
 * the snapshot goes and the register version moves on, so a snapshot is never read once anything in it changed.
 */
export async function invalidateRegister(tx: WriteTransaction): Promise<void> {
  const meta = tx.objectStore("meta");
  const version = versionOf(await meta.get(VERSION_KEY));
  await Promise.all([meta.put(version + 1, VERSION_KEY), tx.objectStore("register").clear()]);
}

export interface RegisterSnapshots<P extends Identified, S extends Identified> {
  /** The register version now, and the snapshot if there is a whole one for it that can be read. */
  read(): Promise<{ version: number; snapshot?: RegisterSnapshot<P, S> }>;
  /** Saves a snapshot of the register as it was at `version`; does nothing if anything changed since. */
  write(version: number, snapshot: RegisterSnapshot<P, S>): Promise<boolean>;
}

/**
 * The register snapshot: what unlocking needs (every pupil and cycle summary) in a few encrypted records of up to
 * 500 pupils each, so a large school is read with a handful of decryptions instead of thousands. Every part is
 * bound to the register version as its revision (in the AES-GCM additional data), so it cannot stand in for
 * another version; any change deletes them all.
 */
export function createRegisterSnapshots<P extends Identified, S extends Identified>(
  db: SendDb,
  codec: RecordCodec,
  schemas: { pupil: z.ZodType<P>; summary: z.ZodType<S> },
): RegisterSnapshots<P, S> {
  const schema = partSchema(schemas.pupil, schemas.summary) as z.ZodType<Part<P, S>>;
  const store = createRecordStore(db, "register", schema, codec);
  return {
    async read() {
      const tx = db.transaction(["meta", "register"]);
      const [stored, envelopes] = await Promise.all([tx.objectStore("meta").get(VERSION_KEY), tx.objectStore("register").getAll()]);
      const version = versionOf(stored);
      if (envelopes.length === 0 || envelopes.some((e) => (e.rev ?? 0) !== version)) return { version };
      const read = await Promise.all(envelopes.map((e) => store.check(e, { full: false })));
      const parts = read.flatMap((r) => (r.ok ? [r.value] : [])).sort((a, b) => a.part - b.part);
      // Unreadable (another key, a damaged part) or not whole: read the stores instead, and write a fresh one after.
      if (parts.length !== read.length || parts.some((p, i) => p.part !== i || p.parts !== parts.length)) return { version };
      return {
        version,
        snapshot: { pupils: parts.flatMap((p) => p.pupils), summaries: parts.flatMap((p) => p.summaries) },
      };
    },

    async write(version, snapshot) {
      const count = Math.max(1, Math.ceil(Math.max(snapshot.pupils.length, snapshot.summaries.length) / REGISTER_PART_SIZE));
      // Every pupil and summary in it was read through its own store, which checked it: each part is encoded as it
      // is, with the fingerprint of the part's schema, rather than checked a second time (that would hold the page).
      // One part at a time, so each part's JSON is made in a task of its own.
      const shape = codec.authenticatedShape ? (recordShape(schema) ?? undefined) : undefined;
      const envelopes: RecordEnvelope[] = [];
      for (let part = 0; part < count; part++) {
        const slice = (list: readonly unknown[]) => list.slice(part * REGISTER_PART_SIZE, (part + 1) * REGISTER_PART_SIZE);
        const value = { id: partId(part), part, parts: count, pupils: slice(snapshot.pupils), summaries: slice(snapshot.summaries) };
        envelopes.push({ id: value.id, rev: version, payload: await codec.encode(value, { store: "register", id: value.id, rev: version, shape }) });
      }
      const tx = db.transaction(["meta", "register"], "readwrite");
      return allOrNothing(tx, async (track) => {
        if (versionOf(await tx.objectStore("meta").get(VERSION_KEY)) !== version) return false;
        const target = tx.objectStore("register");
        track(target.clear());
        for (const envelope of envelopes) track(target.put(envelope));
        return true;
      });
    },
  };
}

/**
 * The schema of a part, made once per pair of schemas: the stores are built again at every unlock, and its
 * fingerprint (record-shape.ts, worked out from the schema object) is then not worked out again.
 */
const partSchemas = new WeakMap<z.ZodType, WeakMap<z.ZodType, z.ZodType>>();
function partSchema(pupil: z.ZodType, summary: z.ZodType): z.ZodType {
  const bySummary = partSchemas.get(pupil) ?? new WeakMap<z.ZodType, z.ZodType>();
  partSchemas.set(pupil, bySummary);
  let schema = bySummary.get(summary);
  if (!schema) {
    schema = z.object({
      id: z.string(),
      part: z.number().int().min(0),
      parts: z.number().int().min(1),
      pupils: z.array(z.object({ rev: z.number().int().min(0), value: pupil })),
      summaries: z.array(summary),
    });
    bySummary.set(summary, schema);
  }
  return schema;
}

function versionOf(stored: unknown): number {
  return typeof stored === "number" && Number.isInteger(stored) && stored >= 0 ? stored : 0;
}
