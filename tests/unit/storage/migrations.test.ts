import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { createStorage } from "@/storage/create-storage";
import { openSendDb, type SendDb } from "@/storage/db";
import { applyMigrations, latestVersion, type Migration } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import type { SendDbSchema } from "@/storage/schema";
import { plainCodec } from "@/storage/codec";
import { fakeSchemas, freshDatabases, pupilA, pupilB } from "./fakes";

const dbs = freshDatabases();
const names = (list: readonly Migration[]) => list.map((m) => m.name);
const appliedNames = (db: SendDb) => db.get("meta", "migrations");

/** A stand-in for a future migration: rewrites every pupil envelope with a cursor, as real ones will. */
function stampPupils(version: number, ran: { count: number }): Migration {
  return {
    name: `9999-test-stamp-pupils-v${version}`,
    version,
    async up(_db, tx) {
      ran.count++;
      let cursor = await tx.objectStore("pupils").openCursor();
      while (cursor) {
        await cursor.update({ ...cursor.value, stampedOn: "2000-01-01" } as typeof cursor.value);
        cursor = await cursor.continue();
      }
    },
  };
}

describe("the migration list", () => {
  it("has unique names and strictly increasing versions", () => {
    expect(new Set(names(MIGRATIONS)).size).toBe(MIGRATIONS.length);
    expect(latestVersion(MIGRATIONS)).toBe(MIGRATIONS.at(-1)?.version);
  });

  it("refuses a list whose versions go backwards or whose names repeat", () => {
    const up = () => {};
    expect(() => latestVersion([{ name: "a", version: 2, up }, { name: "b", version: 2, up }])).toThrow(/version 2/);
    expect(() => latestVersion([{ name: "a", version: 1, up }, { name: "a", version: 2, up }])).toThrow(/more than once/);
  });
});

describe("openSendDb", () => {
  it("applies every migration on a fresh database and records every name, in order", async () => {
    const db = await dbs.open();
    expect(db.version).toBe(latestVersion(MIGRATIONS));
    expect(await appliedNames(db)).toEqual(names(MIGRATIONS));
    expect([...db.objectStoreNames].sort()).toEqual(["audits", "cycles", "frameworks", "meta", "pupils", "settings"]);
    expect([...db.transaction("cycles").store.indexNames]).toEqual(["byPupil"]);
  });

  it("applies nothing twice when the database is reopened", async () => {
    const ran = { count: 0 };
    const migrations = [...MIGRATIONS, stampPupils(latestVersion(MIGRATIONS) + 1, ran)];
    const name = dbs.newName();
    (await dbs.open(name, { migrations })).close();
    const db = await dbs.open(name, { migrations });
    expect(ran.count).toBe(1);
    expect(await appliedNames(db)).toEqual(names(migrations));
  });

  it("brings a version-1 database holding records up to the latest without losing any", async () => {
    const name = dbs.newName();
    const v1 = MIGRATIONS.filter((m) => m.version <= 1);
    const old = dbs.track(
      name,
      await openDB<SendDbSchema>(name, 1, {
        upgrade: (db, oldVersion, _newVersion, tx) => applyMigrations(db, oldVersion, 1, tx, v1),
      }),
    );
    await old.put("pupils", { id: pupilA.id, payload: pupilA });
    await old.put("cycles", { id: "cycle-test-1", pupilId: pupilA.id, payload: { id: "cycle-test-1", pupilId: pupilA.id, reviewOn: "2000-02-03" } });
    old.close();

    const db = await dbs.open(name);
    const storage = createStorage(db, plainCodec, fakeSchemas);
    expect(db.version).toBe(latestVersion(MIGRATIONS));
    expect(await appliedNames(db)).toEqual(names(MIGRATIONS));
    expect((await storage.pupils.getAll()).records).toEqual([pupilA]);
    expect((await storage.cycles.getAllByIndex("byPupil", pupilA.id)).records.map((c) => c.id)).toEqual(["cycle-test-1"]);
  });

  it("runs only the migrations a database has not had, keeping its records", async () => {
    const name = dbs.newName();
    const before = await dbs.open(name);
    await createStorage(before, plainCodec, fakeSchemas).pupils.putMany([pupilA, pupilB]);
    before.close();

    const ran = { count: 0 };
    const migrations = [...MIGRATIONS, stampPupils(latestVersion(MIGRATIONS) + 1, ran)];
    const db = await dbs.open(name, { migrations });
    expect(ran.count).toBe(1);
    expect(await appliedNames(db)).toEqual(names(migrations));
    const raw = await db.getAll("pupils");
    expect(raw.map((e) => ({ id: e.id, stampedOn: (e as { stampedOn?: string }).stampedOn }))).toEqual([
      { id: pupilA.id, stampedOn: "2000-01-01" },
      { id: pupilB.id, stampedOn: "2000-01-01" },
    ]);
    expect((await createStorage(db, plainCodec, fakeSchemas).pupils.getAll()).records).toEqual([pupilA, pupilB]);
  });

  it("rolls the whole upgrade back when a migration fails, and says why", async () => {
    const name = dbs.newName();
    const before = await dbs.open(name);
    await createStorage(before, plainCodec, fakeSchemas).pupils.put(pupilA);
    before.close();

    const failing: Migration = {
      name: "9999-test-fails-halfway",
      version: latestVersion(MIGRATIONS) + 1,
      async up(_db, tx) {
        await tx.objectStore("pupils").clear();
        throw new Error("synthetic failure");
      },
    };
    await expect(openSendDb(name, { migrations: [...MIGRATIONS, failing] })).rejects.toThrow(
      "The database could not be upgraded: synthetic failure",
    );

    const db = await dbs.open(name);
    expect(db.version).toBe(latestVersion(MIGRATIONS));
    expect(await appliedNames(db)).toEqual(names(MIGRATIONS));
    expect((await createStorage(db, plainCodec, fakeSchemas).pupils.getAll()).records).toEqual([pupilA]);
  });

  it("closes an open connection that would block another context's upgrade, and tells its owner", async () => {
    const name = dbs.newName();
    let toldOwner = false;
    await dbs.open(name, { onClosedForOtherContext: () => (toldOwner = true) });
    const migrations = [...MIGRATIONS, stampPupils(latestVersion(MIGRATIONS) + 1, { count: 0 })];
    const newer = await dbs.open(name, { migrations });
    expect(newer.version).toBe(latestVersion(migrations));
    expect(toldOwner).toBe(true);
  });
});
