import { describe, expect, it } from "vitest";
import { plainCodec, type RecordCodec } from "@/storage/codec";
import { createStorage } from "@/storage/create-storage";
import { createRecordStore, UnreadableRecordError } from "@/storage/record-store";
import { createReversingCodec, FakePupil, fakeSchemas, freshDatabases, pupilA, pupilB, type FakeCycle } from "./fakes";

const dbs = freshDatabases();

const cycle = (id: string, pupilId: string): FakeCycle => ({ id, pupilId, reviewOn: "2000-03-04" });

describe("a record store", () => {
  it("passes every record through the codec on the way in and out", async () => {
    const db = await dbs.open();
    const { codec, calls } = createReversingCodec();
    const pupils = createRecordStore(db, "pupils", FakePupil, codec);

    await pupils.put(pupilA);
    await pupils.putMany([pupilB]);
    expect(calls.encode).toBe(2);
    expect(JSON.stringify(await db.getAll("pupils"))).not.toContain(pupilA.name);

    expect(await pupils.get(pupilA.id)).toEqual(pupilA);
    expect(await pupils.getAll()).toEqual({ records: [pupilA, pupilB], quarantined: [] });
    expect(calls.decode).toBe(3);
  });

  it("keeps only the id and index fields outside the encoded payload", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    await createStorage(db, codec, fakeSchemas).cycles.put(cycle("cycle-test-1", pupilA.id));
    const [stored] = await db.getAll("cycles");
    expect(Object.keys(stored ?? {}).sort()).toEqual(["id", "payload", "pupilId", "rev"]);
    expect(stored?.rev).toBe(1);
    expect(stored?.payload).toEqual(await codec.encode(cycle("cycle-test-1", pupilA.id), { store: "cycles", id: "cycle-test-1", rev: 1 }));
  });

  it("finds a pupil's cycles by the byPupil index", async () => {
    const db = await dbs.open();
    const { cycles } = createStorage(db, createReversingCodec().codec, fakeSchemas);
    await cycles.putMany([cycle("c-1", pupilA.id), cycle("c-2", pupilB.id), cycle("c-3", pupilA.id)]);
    const { records } = await cycles.getAllByIndex("byPupil", pupilA.id);
    expect(records.map((c) => c.id)).toEqual(["c-1", "c-3"]);
  });

  it("offers getAllByIndex only on a store that has the index", async () => {
    const pupils = createRecordStore(await dbs.open(), "pupils", FakePupil, plainCodec);
    // @ts-expect-error the pupils store has no indexes, so no index name type-checks
    await expect(pupils.getAllByIndex("byPupil", pupilA.id)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("quarantines a stored record that fails validation, naming the field, and loads the rest", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    const pupils = createRecordStore(db, "pupils", FakePupil, codec);
    await pupils.putMany([pupilA, pupilB]);
    await db.put("pupils", { id: "pupil-test-broken", payload: await codec.encode({ id: "pupil-test-broken", name: "" }, { store: "pupils", id: "pupil-test-broken", rev: 0 }) });

    const { records, quarantined } = await pupils.getAll();
    expect(records).toEqual([pupilA, pupilB]);
    expect(quarantined).toEqual([{ store: "pupils", id: "pupil-test-broken", reason: 'field "name": must not be empty' }]);
  });

  it("quarantines a record the codec cannot decode, or one stored under another id", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    const pupils = createRecordStore(db, "pupils", FakePupil, codec);
    await pupils.put(pupilA);
    await db.put("pupils", { id: "pupil-test-garbled", payload: "not a payload" });
    await db.put("pupils", { id: "pupil-test-moved", payload: await codec.encode(pupilB, { store: "pupils", id: "pupil-test-moved", rev: 0 }) });

    const { records, quarantined } = await pupils.getAll();
    expect(records).toEqual([pupilA]);
    expect(quarantined.map((q) => q.id)).toEqual(["pupil-test-garbled", "pupil-test-moved"]);
    expect(quarantined[0]?.reason).toMatch(/could not be decoded \(payload was not written by the reversing codec\)/);
    expect(quarantined[1]?.reason).toMatch(/^field "id"/);
  });

  it("rejects get of an unreadable record with the reason", async () => {
    const db = await dbs.open();
    const pupils = createRecordStore(db, "pupils", FakePupil, plainCodec);
    await db.put("pupils", { id: "pupil-test-broken", payload: { id: "pupil-test-broken" } });
    const failure = pupils.get("pupil-test-broken");
    await expect(failure).rejects.toBeInstanceOf(UnreadableRecordError);
    await expect(failure).rejects.toThrow('field "name"');
    expect(await pupils.get("pupil-test-missing")).toBeUndefined();
  });

  it("rejects an invalid write with a message naming the field, and writes nothing", async () => {
    const db = await dbs.open();
    const pupils = createRecordStore(db, "pupils", FakePupil, plainCodec);
    await expect(pupils.put({ id: "pupil-test-c", name: "" })).rejects.toThrow(
      'Could not save to pupils: field "name": must not be empty',
    );
    expect(await db.count("pupils")).toBe(0);
  });

  it("putMany writes nothing when one value is invalid", async () => {
    const db = await dbs.open();
    const pupils = createRecordStore(db, "pupils", FakePupil, plainCodec);
    await expect(pupils.putMany([pupilA, { id: "pupil-test-c", name: "" }, pupilB])).rejects.toThrow(
      'Could not save to pupils (record 2 of 3): field "name"',
    );
    expect(await db.count("pupils")).toBe(0);
  });

  it("putMany writes nothing when one write fails inside the transaction", async () => {
    const db = await dbs.open();
    const unclonable: RecordCodec = {
      encode: async (value) => ((value as FakePupil).id === pupilB.id ? { cannotBeStored: () => {} } : value),
      decode: async (payload) => payload,
    };
    const pupils = createRecordStore(db, "pupils", FakePupil, unclonable);
    await expect(pupils.putMany([pupilA, pupilB])).rejects.toMatchObject({ name: "DataCloneError" });
    expect(await db.count("pupils")).toBe(0);
  });

  it("deletes one record, and clears them all", async () => {
    const db = await dbs.open();
    const pupils = createRecordStore(db, "pupils", FakePupil, plainCodec);
    await pupils.putMany([pupilA, pupilB]);
    await pupils.delete(pupilA.id);
    expect((await pupils.getAll()).records).toEqual([pupilB]);
    await pupils.clear();
    expect((await pupils.getAll()).records).toEqual([]);
  });
});
