import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { InclusionStrategy, STRATEGY_ID } from "@/inclusion-strategy/strategy-schema";
import { BackupBody } from "@/storage/backup/backup-format";
import { createStorage } from "@/storage/create-storage";
import { applyMigrations, latestVersion } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import type { SendDbSchema } from "@/storage/schema";
import { plainCodec } from "@/storage/codec";
import { createReversingCodec, fakeSchemas, freshDatabases, pupilA } from "./fakes";

const dbs = freshDatabases();
const names = MIGRATIONS.map((m) => m.name);
const draft = InclusionStrategy.parse({
  settingName: "Testy McTestface Primary", periodFrom: "2026-10-05", periodTo: "2027-10-05", writtenOn: "2026-10-05", reviewOn: "2027-10-05",
  text: { context: "Testy context" },
  activities: [{ id: "a1", name: "Testy phonics group", fundingSource: "inclusive-mainstream-fund", budgetedCost: 264 }],
  updatedAt: "2026-10-05T12:00:00.000Z",
});

describe('the "strategies-store" migration', () => {
  it("is in the released list, version 4, after interventions-store", () => {
    expect(MIGRATIONS.find((m) => m.name === "strategies-store")?.version).toBe(4);
    expect(names.indexOf("strategies-store")).toBe(names.indexOf("interventions-store") + 1);
  });

  it("opens a version-3 install with its pupils intact and an empty strategies store", async () => {
    const name = dbs.newName();
    const v3 = MIGRATIONS.filter((m) => m.version <= 3);
    const old = dbs.track(name, await openDB<SendDbSchema>(name, 3, {
      upgrade: (db, oldVersion, _n, tx) => applyMigrations(db, oldVersion, 3, tx, v3),
    }));
    await old.put("pupils", { id: pupilA.id, payload: pupilA });
    expect([...old.objectStoreNames]).not.toContain("strategies");
    old.close();

    const db = await dbs.open(name);
    expect(db.version).toBe(latestVersion(MIGRATIONS));
    expect(await db.get("meta", "migrations")).toEqual(MIGRATIONS.map((m) => m.name));
    const storage = createStorage(db, plainCodec, fakeSchemas);
    expect((await storage.pupils.getAll()).records).toEqual([pupilA]);
    expect(await storage.strategies.getAll()).toEqual({ records: [], quarantined: [] });
  });
});

describe("the strategies store", () => {
  it("keeps the draft through the codec, so it is not stored in clear", async () => {
    const db = await dbs.open();
    const storage = createStorage(db, createReversingCodec().codec, fakeSchemas);
    await storage.strategies.put(draft);
    const [raw] = await db.getAll("strategies");
    expect(raw?.id).toBe(STRATEGY_ID);
    expect(JSON.stringify(raw?.payload)).not.toContain("Testy context");
    expect(await storage.strategies.get(STRATEGY_ID)).toEqual(draft);
  });

  it("reads backups made before it existed, with no strategy", () => {
    const old = { vault: null, stores: { settings: [], frameworks: [], pupils: [], cycles: [], audits: [], interventions: [] } };
    expect(BackupBody.parse(old).stores.strategies).toEqual([]);
  });
});
