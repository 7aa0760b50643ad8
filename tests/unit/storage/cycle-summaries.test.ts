import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { createStorage } from "@/storage/create-storage";
import { applyMigrations } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import { markSummariesStale } from "@/storage/summaries-stale";
import type { SendDbSchema } from "@/storage/schema";
import { createReversingCodec, fakeSchemas, freshDatabases, type FakeCycle } from "./fakes";
import { z } from "zod";

const dbs = freshDatabases();

/** A stand-in for the domain's summary: how many cycles, and the latest review date. */
const FakeSummary = z.object({ id: z.string(), count: z.number().int(), latest: z.string().optional() });
type FakeSummary = z.infer<typeof FakeSummary>;
const summarise = (pupilId: string, cycles: readonly FakeCycle[]): FakeSummary => ({
  id: pupilId,
  count: cycles.length,
  ...(cycles.length ? { latest: cycles.map((c) => c.reviewOn).sort().at(-1) } : {}),
});
const combine = (a: FakeSummary, b: FakeSummary): FakeSummary => {
  const latest = [a.latest, b.latest].filter((d): d is string => Boolean(d)).sort().at(-1);
  return { id: a.id, count: a.count + b.count, ...(latest ? { latest } : {}) };
};
const schemas = { ...fakeSchemas, summary: { schema: FakeSummary, summarise, combine } };
const cycle = (id: string, pupilId: string, reviewOn = "2026-03-01"): FakeCycle => ({ id, pupilId, reviewOn });

const summariesOf = async (storage: ReturnType<typeof createStorage<never, FakeCycle, never, FakeSummary>>) =>
  Object.fromEntries((await storage.summaries!.getAll()).records.map((s) => [s.id, s]));

describe("cycle summaries", () => {
  it("writes each pupil's summary, through the codec, with every cycle saved or deleted", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    const storage = createStorage(db, codec, schemas);
    await storage.cycles.putMany([cycle("c1", "pupil-a", "2026-03-01"), cycle("c2", "pupil-a", "2026-05-01"), cycle("c3", "pupil-b")]);
    expect(await summariesOf(storage as never)).toEqual({
      "pupil-a": { id: "pupil-a", count: 2, latest: "2026-05-01" },
      "pupil-b": { id: "pupil-b", count: 1, latest: "2026-03-01" },
    });
    // Stored encoded, like the cycles: nothing readable in the clear but the pupil id.
    expect(JSON.stringify(await db.getAll("summaries"))).not.toContain("2026-05-01");

    await storage.cycles.put(cycle("c1", "pupil-a", "2026-09-01"));
    await storage.cycles.delete("c2");
    expect((await summariesOf(storage as never))["pupil-a"]).toEqual({ id: "pupil-a", count: 1, latest: "2026-09-01" });

    await storage.deletePupilAndCycles("pupil-b");
    expect(Object.keys(await summariesOf(storage as never))).toEqual(["pupil-a"]);
  });

  it("counts both cycles when two windows save different cycles of one pupil at once", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    const first = createStorage(db, codec, schemas);
    const second = createStorage(db, codec, schemas);
    await Promise.all([
      first.cycles.put(cycle("c1", "pupil-a", "2026-03-01")),
      second.cycles.put(cycle("c2", "pupil-a", "2026-04-01")),
      first.cycles.put(cycle("c3", "pupil-a", "2026-02-01")),
    ]);
    expect((await summariesOf(first as never))["pupil-a"]).toEqual({ id: "pupil-a", count: 3, latest: "2026-04-01" });
  });

  it("moves a cycle's count from one pupil to the other when it is saved under another pupil", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, createReversingCodec().codec, schemas);
    await storage.cycles.put(cycle("c1", "pupil-a"));
    await storage.cycles.put(cycle("c1", "pupil-b"));
    const summaries = await summariesOf(storage as never);
    expect(summaries["pupil-a"]).toEqual({ id: "pupil-a", count: 0 });
    expect(summaries["pupil-b"]).toMatchObject({ count: 1 });
  });

  it("says when summaries may be out of date, and a rebuild works them out from the cycles and clears that", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, createReversingCodec().codec, schemas);
    // A fresh database starts marked: its summaries are built at the first load.
    expect((await storage.summaries!.getAll()).stale).toBe(true);
    await storage.summaries!.rebuild();
    expect((await storage.summaries!.getAll()).stale).toBe(false);

    await storage.cycles.putMany([cycle("c1", "pupil-a"), cycle("c2", "pupil-b")]);
    // As a restore does: cycles put in place without the cycles store, then marked.
    const restored = createStorage(db, createReversingCodec().codec, fakeSchemas);
    const sealed = await restored.cycles.seal(cycle("c3", "pupil-a", "2026-12-01"), 1);
    const tx = db.transaction(["cycles", "meta"], "readwrite");
    await Promise.all([tx.objectStore("cycles").put(sealed), markSummariesStale(tx as never), tx.done]);

    const before = await storage.summaries!.getAll();
    expect(before.stale).toBe(true);
    expect(before.records.find((s) => s.id === "pupil-a")).toMatchObject({ count: 1 });

    const rebuilt = await storage.summaries!.rebuild();
    expect(rebuilt.records.map((s) => [s.id, s.count]).sort()).toEqual([["pupil-a", 2], ["pupil-b", 1]]);
    const after = await storage.summaries!.getAll();
    expect(after.stale).toBe(false);
    expect(Object.fromEntries(after.records.map((s) => [s.id, s]))).toEqual({
      "pupil-a": { id: "pupil-a", count: 2, latest: "2026-12-01" },
      "pupil-b": { id: "pupil-b", count: 1, latest: "2026-03-01" },
    });
  });

  it("rebuilds from cycles read a page at a time, folding each pupil's pages together", async () => {
    const db = await dbs.open();
    const plain = createStorage(db, createReversingCodec().codec, fakeSchemas);
    // 700 cycles over three pages, each pupil's spread across all of them (ids sort by number, pupils take turns).
    const many = Array.from({ length: 700 }, (_, i) => cycle(`c${String(i).padStart(4, "0")}`, `pupil-${i % 3}`, `2026-0${1 + (i % 9)}-01`));
    await plain.cycles.putMany(many);
    const storage = createStorage(db, createReversingCodec().codec, schemas);
    const rebuilt = await storage.summaries!.rebuild();
    expect(rebuilt.records.map((s) => [s.id, s.count, s.latest]).sort()).toEqual([
      ["pupil-0", 234, "2026-07-01"],
      ["pupil-1", 233, "2026-08-01"],
      ["pupil-2", 233, "2026-09-01"],
    ]);
    expect(await summariesOf(storage as never)).toEqual(Object.fromEntries(rebuilt.records.map((s) => [s.id, s])));
  });

  it("keeps the stale mark when the summaries were marked again while a rebuild was reading", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, createReversingCodec().codec, schemas);
    await storage.cycles.put(cycle("c1", "pupil-a"));
    const rebuilding = storage.summaries!.rebuild();
    const tx = db.transaction(["meta"], "readwrite");
    await Promise.all([markSummariesStale(tx as never), tx.done]);
    await rebuilding;
    expect((await storage.summaries!.getAll()).stale).toBe(true);
  });

  it("opens a version-4 install with its cycles, marked for a rebuild that then finds them all", async () => {
    const name = dbs.newName();
    const v4 = MIGRATIONS.filter((m) => m.version <= 4);
    const old = dbs.track(name, await openDB<SendDbSchema>(name, 4, {
      upgrade: (db, oldVersion, _n, tx) => applyMigrations(db, oldVersion, 4, tx, v4),
    }));
    const { codec } = createReversingCodec();
    const before = createStorage(old as never, codec, fakeSchemas);
    await before.cycles.putMany([cycle("c1", "pupil-a"), cycle("c2", "pupil-a", "2026-06-01")]);
    old.close();

    const db = await dbs.open(name);
    expect([...db.objectStoreNames]).toContain("summaries");
    const storage = createStorage(db, codec, schemas);
    const found = await storage.summaries!.getAll();
    expect(found).toMatchObject({ records: [], stale: true });
    await storage.summaries!.rebuild();
    expect(await summariesOf(storage as never)).toEqual({ "pupil-a": { id: "pupil-a", count: 2, latest: "2026-06-01" } });
  });
});
