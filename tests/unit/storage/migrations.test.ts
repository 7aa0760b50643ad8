import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { createStorage } from "@/storage/create-storage";
import { openSendDb, type SendDb } from "@/storage/db";
import { applyMigrations, latestVersion, type Migration } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import type { SendDbSchema } from "@/storage/schema";
import { plainCodec } from "@/storage/codec";
import { PUPIL_UPGRADES, StoredPupil, upgradePupilRecord, withCurrentYearGroup } from "@/graduated-approach/pupil-upgrades";
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
    expect([...db.objectStoreNames].sort()).toEqual(["audits", "cycles", "frameworks", "interventions", "meta", "pupils", "register", "settings", "strategies", "summaries"]);
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

describe("pupil record upgrades (applied on read, since records are encrypted)", () => {
  /** A pupil as the previous version stored it: no cohort; its year group was right when it was saved. */
  const previousVersionPupil = {
    id: "pupil-test-old", firstName: "Testy", lastName: "McTestface", dateOfBirth: "2015-03-14", yearGroup: "Y5",
    phase: "school", senStatus: { code: "K" }, needs: [], tier: "targeted", keyAdult: "",
    consent: { byWhom: "", shareWith: [], notes: "" }, profile: { likeAndAdmire: "", importantToMe: "", howToSupportMe: "" },
    createdAt: "2025-01-10T09:00:00.000Z", updatedAt: "2025-06-30T09:00:00.000Z",
  };

  it("has unique names, in the order they were released", () => {
    expect(PUPIL_UPGRADES.map((u) => u.name)).toEqual(["pupil-cohort-from-year-group"]);
  });

  it("pupil-cohort-from-year-group: a pupil stored before cohorts reads with the cohort of the day it was saved, and rolls over", async () => {
    const db = await dbs.open();
    await db.put("pupils", { id: previousVersionPupil.id, payload: previousVersionPupil });
    const storage = createStorage(db, plainCodec, { pupil: StoredPupil, cycle: fakeSchemas.cycle, audit: fakeSchemas.audit });
    const { records, quarantined } = await storage.pupils.getAll();
    expect(quarantined).toEqual([]);
    // Year 5 in the school year that began September 2024: reception began September 2019.
    expect(records).toEqual([{ ...previousVersionPupil, cohort: 2019 }]);
    expect(withCurrentYearGroup(records[0]!, "2026-11-23")).toMatchObject({ yearGroup: "Y7", phase: "school" });
    // Saved again, the record keeps its cohort; upgrading it twice changes nothing.
    await storage.pupils.put(records[0]!);
    expect((await storage.pupils.getAll()).records).toEqual(records);
    expect(upgradePupilRecord({ ...previousVersionPupil, cohort: 2019 })).toEqual({ ...previousVersionPupil, cohort: 2019 });
  });
});
