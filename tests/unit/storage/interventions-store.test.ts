import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { BackupBody } from "@/storage/backup/backup-format";
import { createStorage } from "@/storage/create-storage";
import { applyMigrations } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import type { SendDbSchema } from "@/storage/schema";
import { plainCodec } from "@/storage/codec";
import { delivered, group } from "../../fixtures/interventions";
import { createReversingCodec, fakeSchemas, freshDatabases, pupilA } from "./fakes";

const dbs = freshDatabases();
const names = MIGRATIONS.map((m) => m.name);

const phonics = group({
  roster: [{ pupilId: pupilA.id, joined: "2026-09-07" }],
  sessions: [delivered("2026-09-07")],
  measure: { name: "Reading age", unit: "months", higherIsBetter: true },
  measureValues: [{ pupilId: pupilA.id, entry: 80, exit: 86 }],
});

describe('the "interventions-store" migration', () => {
  it("is in the released list, version 3, after framework-v2", () => {
    expect(MIGRATIONS.find((m) => m.name === "interventions-store")?.version).toBe(3);
    expect(names.indexOf("interventions-store")).toBe(names.indexOf("framework-v2") + 1);
  });

  it("opens a version-2 install with its pupils intact and an empty interventions store", async () => {
    const name = dbs.newName();
    const v2 = MIGRATIONS.filter((m) => m.version <= 2);
    const old = dbs.track(name, await openDB<SendDbSchema>(name, 2, {
      upgrade: (db, oldVersion, _n, tx) => applyMigrations(db, oldVersion, 2, tx, v2),
    }));
    await old.put("pupils", { id: pupilA.id, payload: pupilA });
    expect([...old.objectStoreNames]).not.toContain("interventions");
    old.close();

    const db = await dbs.open(name);
    expect(db.version).toBe(3);
    expect(await db.get("meta", "migrations")).toEqual(["0001-create-core-stores", "framework-v2", "interventions-store"]);
    const storage = createStorage(db, plainCodec, fakeSchemas);
    expect((await storage.pupils.getAll()).records).toEqual([pupilA]);
    expect(await storage.interventions.getAll()).toEqual({ records: [], quarantined: [] });
  });
});

describe("the interventions store", () => {
  it("keeps each intervention through the codec, with nothing but its id in the clear", async () => {
    const db = await dbs.open();
    const { codec, calls } = createReversingCodec();
    const storage = createStorage(db, codec, fakeSchemas);
    await storage.interventions.put(phonics);

    const [raw] = await db.getAll("interventions");
    expect(Object.keys(raw ?? {}).sort()).toEqual(["id", "payload", "rev"]);
    expect(JSON.stringify(raw)).not.toContain(pupilA.id);
    expect(calls.encode).toBe(1);
    expect(await storage.interventions.get(phonics.id)).toEqual(phonics);
  });

  it("refuses an invalid intervention, naming the field, and saves nothing", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, plainCodec, fakeSchemas);
    const broken = { ...phonics, roster: [{ pupilId: pupilA.id, joined: "2026-09-07", left: "2026-09-01" }] };
    await expect(storage.interventions.put(broken)).rejects.toThrow(/Could not save to interventions.*left/);
    expect(await db.count("interventions")).toBe(0);
  });
});

describe("backups made before interventions had a store", () => {
  it("still read, with no interventions", () => {
    const old = { vault: null, stores: { settings: [], frameworks: [], pupils: [], cycles: [], audits: [] } };
    expect(BackupBody.parse(old).stores.interventions).toEqual([]);
  });
});
