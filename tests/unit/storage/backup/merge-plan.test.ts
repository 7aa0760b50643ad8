import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applyMerge, countOutcomes, planMerge } from "@/storage/backup/merge-plan";
import { readInPages } from "@/storage/read-in-pages";
import type { BackupContents } from "@/storage/backup/backup-format";
import { createStorage } from "@/storage/create-storage";
import { createRecordStore } from "@/storage/record-store";
import type { RecordStoreName } from "@/storage/schema";
import { AesGcmCodec } from "@/storage/vault";
import { generateDataKey } from "@/storage/vault/data-key";
import { fakeSchemas, freshDatabases, pupilA, pupilB } from "../fakes";

const dbs = freshDatabases();

function backupOf(pupils: unknown[]): BackupContents {
  return {
    vault: null,
    stores: { settings: [], frameworks: [], pupils, cycles: [], audits: [], interventions: [], strategies: [] },
  } as unknown as BackupContents;
}

describe("planning a merge restore", () => {
  it("validates every backup record before anything is written, leaving out what does not read and saying why", async () => {
    const db = await dbs.open();
    const codec = new AesGcmCodec(await generateDataKey());
    const storage = createStorage(db, codec, fakeSchemas);
    // An envelope a lax or damaged build sealed: the ciphertext is good, the record inside is not a valid pupil.
    const lax = createRecordStore(db, "pupils", z.object({ id: z.string(), name: z.string() }), codec);
    const invalid = await lax.seal({ id: "pupil-test-empty", name: "" }, 1);
    const valid = await storage.pupils.seal(pupilB, 1);
    const garbled = { id: "pupil-test-garbled", rev: 1, payload: "not encrypted" };
    const readers = (store: RecordStoreName) => (store === "pupils" ? storage.pupils : undefined);

    const plan = await planMerge(db, backupOf([invalid, valid, garbled]), readers, { describe: (_, v) => (v as { name: string }).name });
    expect(plan.items).toEqual([
      { store: "pupils", id: "pupil-test-empty", outcome: "unreadable", label: "", reason: 'field "name": must not be empty' },
      { store: "pupils", id: pupilB.id, outcome: "add", label: pupilB.name },
      { store: "pupils", id: "pupil-test-garbled", outcome: "unreadable", label: "", reason: expect.stringMatching(/could not be decoded/) },
    ]);
    expect(plan.writes.map((w) => w.id)).toEqual([pupilB.id]);
    expect(await db.count("pupils")).toBe(0);
  });

  it("keeps the copy here when the backup holds an older revision, and counts what is the same", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, new AesGcmCodec(await generateDataKey()), fakeSchemas);
    await storage.pupils.putMany([pupilA, pupilB]);
    await storage.pupils.put({ ...pupilB, name: "Changed here" });
    const backup = backupOf([await storage.pupils.seal(pupilA, 1), await storage.pupils.seal({ ...pupilB, name: "Older in backup" }, 1)]);
    const plan = await planMerge(db, backup, () => storage.pupils);
    expect(plan.items.map((i) => i.outcome)).toEqual(["same", "newer-here"]);
    expect(countOutcomes(plan)).toMatchObject({ same: 1, "newer-here": 1, add: 0 });
    expect(plan.writes).toEqual([]);
  });
});

describe("a merge restore of a large backup", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `pupil-test-${String(i).padStart(4, "0")}`, name: `Ada Example ${i}` }));

  it("plans from records read a page at a time, and writes every planned record in batches", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, new AesGcmCodec(await generateDataKey()), fakeSchemas);
    const pupils = many(750);
    await storage.pupils.putMany(pupils.slice(0, 500)); // more than one page here, and the rest only in the backup
    const backup = backupOf(await Promise.all(pupils.map((p) => storage.pupils.seal(p, 1))));
    const plan = await planMerge(db, backup, () => storage.pupils);
    expect(countOutcomes(plan)).toMatchObject({ same: 500, add: 250 });
    expect(await applyMerge(db, plan)).toBe(250);
    expect((await storage.pupils.getAll()).records.map((p) => p.id).sort()).toEqual(pupils.map((p) => p.id));
  });

  it("writes nothing when a record in a later batch changed here after the plan", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, new AesGcmCodec(await generateDataKey()), fakeSchemas);
    const pupils = many(700);
    const backup = backupOf(await Promise.all(pupils.map((p) => storage.pupils.seal(p, 1))));
    const plan = await planMerge(db, backup, () => storage.pupils);
    expect(plan.writes).toHaveLength(700);
    await storage.pupils.put({ ...pupils[650]!, name: "Added here meanwhile" });
    await expect(applyMerge(db, plan)).rejects.toMatchObject({ code: "changed-meanwhile" });
    expect(await db.count("pupils")).toBe(1);
  });
});

describe("reading a store a page at a time", () => {
  it("gives every record in key order, as one getAll does, across page boundaries", async () => {
    const db = await dbs.open();
    const ids = ["e", "a", "d", "b", "c", "f", "g"];
    for (const id of ids) await db.put("pupils", { id, payload: { name: `Testy ${id}` } } as never);
    for (const page of [1, 2, 3, 7, 50]) {
      const tx = db.transaction(["pupils"], "readonly");
      expect(await readInPages(tx, "pupils", page), `pages of ${page}`).toEqual(await db.getAll("pupils"));
    }
  });
});
