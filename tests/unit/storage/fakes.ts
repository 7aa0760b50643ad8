import { afterEach } from "vitest";
import { z } from "zod";
import type { RecordCodec } from "@/storage/codec";
import { deleteSendDb, openSendDb, type OpenSendDbOptions } from "@/storage/db";

/** Stand-ins for the domain's Pupil, Cycle and Audit: only the shape storage relies on. */
export const FakePupil = z.object({ id: z.string(), name: z.string().min(1, "must not be empty") });
export type FakePupil = z.infer<typeof FakePupil>;
export const FakeCycle = z.object({ id: z.string(), pupilId: z.string(), reviewOn: z.iso.date() });
export type FakeCycle = z.infer<typeof FakeCycle>;
export const FakeAudit = z.object({ id: z.string(), startedOn: z.iso.date() });
export type FakeAudit = z.infer<typeof FakeAudit>;

export const fakeSchemas = { pupil: FakePupil, cycle: FakeCycle, audit: FakeAudit };

/** Obviously fake pupils. */
export const pupilA: FakePupil = { id: "pupil-test-a", name: "Testy McTestface" };
export const pupilB: FakePupil = { id: "pupil-test-b", name: "Fakey Fakerson" };

/**
 * Stores each value as reversed JSON inside a wrapper, so a test can tell that every record went
 * through it: nothing readable reaches the database, and nothing comes back without `decode`.
 */
export function createReversingCodec() {
  const calls = { encode: 0, decode: 0 };
  const codec: RecordCodec = {
    async encode(value) {
      calls.encode++;
      return { reversed: [...JSON.stringify(value)].reverse().join("") };
    },
    async decode(payload) {
      calls.decode++;
      const reversed = (payload as { reversed?: unknown } | null)?.reversed;
      if (typeof reversed !== "string") throw new Error("payload was not written by the reversing codec");
      return JSON.parse([...reversed].reverse().join(""));
    },
  };
  return { codec, calls };
}

/**
 * Call at the top of a test file: returns `open`, which opens a database under a fresh name,
 * and closes and deletes every database it opened after each test.
 */
export function freshDatabases() {
  const opened = new Map<string, { close(): void }[]>();
  afterEach(async () => {
    for (const [name, dbs] of opened) {
      for (const db of dbs) db.close();
      await deleteSendDb(name);
    }
    opened.clear();
  });
  /** Remembers a connection (opened any way) so it is closed and its database deleted. */
  function track<D extends { close(): void }>(name: string, db: D): D {
    opened.set(name, [...(opened.get(name) ?? []), db]);
    return db;
  }
  return {
    track,
    newName: () => `test-${crypto.randomUUID()}`,
    open: async (name = `test-${crypto.randomUUID()}`, options?: OpenSendDbOptions) =>
      track(name, await openSendDb(name, options)),
  };
}
