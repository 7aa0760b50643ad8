import { describe, expect, it } from "vitest";
import { createStorage } from "@/storage/create-storage";
import { createRecordStore } from "@/storage/record-store";
import { StaleWriteError } from "@/storage/stale-write";
import { readTombstones } from "@/storage/tombstones";
import { AesGcmCodec } from "@/storage/vault";
import { generateDataKey } from "@/storage/vault/data-key";
import { FakePupil, fakeSchemas, freshDatabases, pupilA, pupilB } from "./fakes";

const dbs = freshDatabases();

/** Two windows over one database: each builds its own stores, as each extension page does. */
async function twoWindows() {
  const db = await dbs.open();
  const codec = new AesGcmCodec(await generateDataKey());
  const open = () => createRecordStore(db, "pupils", FakePupil, codec, { checkRevisions: true });
  return { db, codec, first: open(), second: open() };
}

describe("record revisions", () => {
  it("counts each save of a record, inside its write", async () => {
    const { db, first } = await twoWindows();
    await first.put(pupilA);
    await first.put({ ...pupilA, name: "Testy Renamed" });
    await first.putMany([{ ...pupilA, name: "Testy Again" }, pupilB]);
    const stored = await db.getAll("pupils");
    expect(stored.map((s) => [s.id, s.rev])).toEqual([
      [pupilA.id, 3],
      [pupilB.id, 1],
    ]);
  });

  it("refuses the second of two windows' saves of one record, and writes nothing", async () => {
    const { first, second } = await twoWindows();
    await first.put(pupilA);
    await first.getAll();
    await second.getAll();
    await first.put({ ...pupilA, name: "Saved in the first window" });
    const refused = second.put({ ...pupilA, name: "Saved in the second window" });
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toMatchObject({ store: "pupils", id: pupilA.id, kind: "changed" });
    expect((await first.get(pupilA.id))?.name).toBe("Saved in the first window");
  });

  it("lets the second window reload and save, or keep its own version on purpose", async () => {
    const { first, second } = await twoWindows();
    await first.put(pupilA);
    await second.getAll();
    await first.put({ ...pupilA, name: "First" });
    await expect(second.put({ ...pupilA, name: "Second" })).rejects.toBeInstanceOf(StaleWriteError);
    await second.put({ ...pupilA, name: "Second, kept" }, { overwrite: true });
    expect((await second.get(pupilA.id))?.name).toBe("Second, kept");
    // The first window now holds an old revision: its next save is refused in turn, until it reloads.
    await expect(first.put({ ...pupilA, name: "First again" })).rejects.toBeInstanceOf(StaleWriteError);
    await first.getAll();
    await first.put({ ...pupilA, name: "First, after reloading" });
    expect((await second.get(pupilA.id))?.name).toBe("First, after reloading");
  });

  it("refuses a save of a record another window deleted, and keeps a tombstone until it is saved again", async () => {
    const { db, first, second } = await twoWindows();
    await first.putMany([pupilA, pupilB]);
    await second.getAll();
    await first.delete(pupilA.id);
    await expect(second.put({ ...pupilA, name: "Edited" })).rejects.toMatchObject({ kind: "deleted" });
    expect(Object.keys(await readTombstones(db.transaction("meta")))).toEqual([`pupils/${pupilA.id}`]);
    await first.put(pupilA); // Undo in the window that deleted it
    expect(await readTombstones(db.transaction("meta"))).toEqual({});
  });

  it("does not let a read that began before a save put back the older revision", async () => {
    const { first } = await twoWindows();
    await first.put(pupilA);
    const reading = first.getAll();
    await first.put({ ...pupilA, name: "Saved while reading" });
    await reading;
    await first.put({ ...pupilA, name: "Saved after" });
    expect((await first.get(pupilA.id))?.name).toBe("Saved after");
  });

  it("deletes a pupil and their cycles with tombstones, and a later save of the pupil is not refused", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, new AesGcmCodec(await generateDataKey()), fakeSchemas);
    await storage.pupils.put(pupilA);
    await storage.cycles.put({ id: "cycle-test-1", pupilId: pupilA.id, reviewOn: "2000-01-01" });
    expect(await storage.deletePupilAndCycles(pupilA.id)).toBe(1);
    expect(Object.keys(await readTombstones(db.transaction("meta"))).sort()).toEqual([`cycles/cycle-test-1`, `pupils/${pupilA.id}`]);
    await storage.pupils.put(pupilA);
    expect((await storage.pupils.getAll()).records).toEqual([pupilA]);
  });
});

describe("encrypted records bound to their place", () => {
  it("quarantines a ciphertext moved to another record", async () => {
    const { db, first } = await twoWindows();
    await first.putMany([pupilA, pupilB]);
    const [a, b] = await db.getAll("pupils");
    await db.put("pupils", { ...b!, payload: a!.payload });
    const { records, quarantined } = await first.getAll();
    expect(records).toEqual([pupilA]);
    expect(quarantined).toEqual([{ store: "pupils", id: pupilB.id, reason: expect.stringMatching(/failed its integrity check/) }]);
  });

  it("quarantines an older ciphertext put back under the record's newer revision", async () => {
    const { db, first } = await twoWindows();
    await first.put({ ...pupilA, name: "Before" });
    const old = await db.get("pupils", pupilA.id);
    await first.put({ ...pupilA, name: "After" });
    const current = await db.get("pupils", pupilA.id);
    await db.put("pupils", { ...current!, payload: old!.payload });
    const { records, quarantined } = await first.getAll();
    expect(records).toEqual([]);
    expect(quarantined[0]?.reason).toMatch(/older copy put back/);
  });

  it("reads a record saved before revisions, but not such a payload under a revision", async () => {
    const { db, codec, first } = await twoWindows();
    const legacy = await codec.encode(pupilA, { store: "pupils", id: pupilA.id, rev: 0 });
    const v1 = { ...legacy, v: 1 as const };
    // A version 1 payload was encrypted without additional data: make one as an earlier build did.
    const plain = new TextEncoder().encode(JSON.stringify(pupilA));
    const key = (codec as unknown as { dataKey: CryptoKey }).dataKey;
    v1.ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: v1.iv }, key, plain);
    await db.put("pupils", { id: pupilA.id, payload: v1 });
    expect((await first.getAll()).records).toEqual([pupilA]);
    await db.put("pupils", { id: pupilA.id, rev: 4, payload: v1 });
    expect((await first.getAll()).quarantined[0]?.reason).toMatch(/older copy put back/);
  });

  it("quarantines a cycle whose clear pupil id disagrees with the pupil id inside it", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, new AesGcmCodec(await generateDataKey()), fakeSchemas);
    await storage.cycles.put({ id: "cycle-test-1", pupilId: pupilA.id, reviewOn: "2000-01-01" });
    const stored = await db.get("cycles", "cycle-test-1");
    await db.put("cycles", { ...stored!, pupilId: pupilB.id });
    const { quarantined } = await storage.cycles.getAllByIndex("byPupil", pupilB.id);
    expect(quarantined[0]?.reason).toBe(`field "pupilId": it says "${pupilA.id}" but is filed under "${pupilB.id}"`);
  });
});
