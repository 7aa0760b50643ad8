import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createStorage } from "@/storage/create-storage";
import { markRegisterRewritten } from "@/storage/summaries-stale";
import { AesGcmCodec } from "@/storage/vault";
import { createReversingCodec, fakeSchemas, freshDatabases, pupilA, pupilB, type FakeCycle } from "./fakes";

const dbs = freshDatabases();

const FakeSummary = z.object({ id: z.string(), count: z.number().int() });
type FakeSummary = z.infer<typeof FakeSummary>;
const schemas = {
  ...fakeSchemas,
  summary: {
    schema: FakeSummary,
    summarise: (id: string, cycles: readonly FakeCycle[]): FakeSummary => ({ id, count: cycles.length }),
    combine: (a: FakeSummary, b: FakeSummary): FakeSummary => ({ id: a.id, count: a.count + b.count }),
  },
};

/** An install with two made-up pupils, one with a cycle, and a snapshot saved of it (AES-GCM when `encrypted`). */
async function withSnapshot(encrypted = false) {
  const db = await dbs.open();
  const codec = encrypted ? new AesGcmCodec(await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"])) : createReversingCodec().codec;
  const storage = createStorage(db, codec, schemas);
  await storage.pupils.putMany([pupilA, pupilB]);
  await storage.cycles.put({ id: "c1", pupilId: pupilA.id, reviewOn: "2026-03-01" });
  await storage.summaries!.rebuild();
  const { version, snapshot } = await storage.register!.read();
  expect(snapshot).toBeUndefined();
  const written = await storage.register!.write(version, {
    pupils: [pupilA, pupilB].map((value) => ({ rev: storage.pupils.revisionOf(value.id)!, value })),
    summaries: (await storage.summaries!.getAll()).records,
  });
  expect(written).toBe(true);
  return { db, storage, codec };
}

describe("the register snapshot", () => {
  it("reads back every pupil with their revision, and every summary, through the codec", async () => {
    const { db, storage } = await withSnapshot();
    const { snapshot } = await storage.register!.read();
    expect(snapshot?.pupils).toEqual([{ rev: 1, value: pupilA }, { rev: 1, value: pupilB }]);
    expect(snapshot?.summaries).toEqual([{ id: pupilA.id, count: 1 }]);
    expect(JSON.stringify(await db.getAll("register"))).not.toContain(pupilA.name);
  });

  it("is deleted in the same transaction as a change to a pupil, a summary, or a pupil's deletion", async () => {
    const changes: [string, (s: Awaited<ReturnType<typeof withSnapshot>>["storage"]) => Promise<unknown>][] = [
      ["a pupil saved", (s) => s.pupils.put({ ...pupilB, name: "Fakey Renamed" })],
      ["a pupil deleted", (s) => s.pupils.delete(pupilB.id)],
      ["a cycle added", (s) => s.cycles.put({ id: "c2", pupilId: pupilB.id, reviewOn: "2026-03-01" })],
      ["a cycle deleted", (s) => s.cycles.delete("c1")],
      ["a pupil deleted with their cycles", (s) => s.deletePupilAndCycles(pupilA.id)],
    ];
    for (const [what, change] of changes) {
      const { db, storage } = await withSnapshot();
      await change(storage);
      expect({ what, snapshot: (await storage.register!.read()).snapshot }).toEqual({ what, snapshot: undefined });
      expect({ what, stored: await db.count("register") }).toEqual({ what, stored: 0 });
    }
  });

  it("stays when a cycle is saved without changing its pupil's summary", async () => {
    const { storage } = await withSnapshot();
    await storage.cycles.put({ id: "c1", pupilId: pupilA.id, reviewOn: "2026-04-01" });
    expect((await storage.register!.read()).snapshot?.pupils).toHaveLength(2);
  });

  it("is not saved when the register changed after the version it was read at", async () => {
    const { storage } = await withSnapshot();
    const { version } = await storage.register!.read();
    await storage.pupils.put({ ...pupilA, name: "Testy Changed" });
    expect(await storage.register!.write(version, { pupils: [{ rev: 1, value: pupilA }], summaries: [] })).toBe(false);
    expect((await storage.register!.read()).snapshot).toBeUndefined();
  });

  it("goes when a restore or merge puts records in place", async () => {
    const { db, storage } = await withSnapshot();
    const tx = db.transaction(["register", "meta"], "readwrite");
    await Promise.all([markRegisterRewritten(tx as never), tx.done]);
    expect((await storage.register!.read()).snapshot).toBeUndefined();
    expect((await storage.summaries!.getAll()).stale).toBe(true);
  });

  it("is not read under a version it was not written for (a copy put back)", async () => {
    const { db, storage } = await withSnapshot(true);
    expect((await storage.register!.read()).snapshot?.pupils).toHaveLength(2);
    const [saved] = await db.getAll("register");
    await storage.pupils.put({ ...pupilA, name: "Testy Changed" });
    await db.put("register", { ...saved!, rev: (await db.get("meta", "registerVersion")) as number });
    expect((await storage.register!.read()).snapshot).toBeUndefined();
  });

  it("keeps a big register in parts of 500, and reads it only when every part is there", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, createReversingCodec().codec, schemas);
    const pupils = Array.from({ length: 1_201 }, (_, i) => ({ rev: 1, value: { id: `pupil-${String(i).padStart(4, "0")}`, name: `Testy ${i}` } }));
    const summaries = pupils.slice(0, 700).map((p) => ({ id: p.value.id, count: 1 }));
    const { version } = await storage.register!.read();
    expect(await storage.register!.write(version, { pupils, summaries })).toBe(true);
    expect((await db.getAllKeys("register")).sort()).toEqual(["register-0", "register-1", "register-2"]);
    expect(await storage.register!.read()).toEqual({ version, snapshot: { pupils, summaries } });

    await db.delete("register", "register-1");
    expect((await storage.register!.read()).snapshot).toBeUndefined();
  });
});
