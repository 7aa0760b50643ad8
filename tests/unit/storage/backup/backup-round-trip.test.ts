import { describe, expect, it } from "vitest";
import { createBackup, readBackup, restoreBackup } from "@/storage/backup";
import { createStorage } from "@/storage/create-storage";
import { AesGcmCodec, createVault, unlockWithPassphrase } from "@/storage/vault";
import { freshDatabases } from "../fakes";
import { BACKUP_PASSPHRASE, byId, dump, fast, schemas, SCHOOL_PASSPHRASE, writeSchool } from "./school";

const dbs = freshDatabases();

describe("backup and restore of a 2,000-pupil school", () => {
  it("restores into an empty install with every stored byte the same, and unlocks with the old passphrase", async () => {
    const source = await dbs.open();
    const { dataKey } = await createVault(source, SCHOOL_PASSPHRASE, fast);
    const { school, intervention } = await writeSchool(source, new AesGcmCodec(dataKey), 2_000);
    const before = await dump(source);

    const file = await createBackup(source, BACKUP_PASSPHRASE, fast);
    expect(file.type).toBe("application/json");
    const text = await file.text();
    expect(text.startsWith('{"format":"send-companion-backup","formatVersion":1,"appSchemaVersion":')).toBe(true);
    expect(text).not.toContain(school.pupils[0]?.lastName);
    expect(text).not.toContain(school.pupils[0]?.upn);
    expect(text).not.toContain(intervention.staff.name);

    const contents = await readBackup(new Blob([file]), BACKUP_PASSPHRASE);
    const target = await dbs.open();
    const report = await restoreBackup(target, contents, "into-empty");

    expect(report.vaultRestored).toBe(true);
    expect(report.stores.pupils).toEqual({ added: 2_000, replaced: 0 });
    expect(report.stores.cycles).toEqual({ added: school.cycles.length, replaced: 0 });
    expect(report.stores.interventions).toEqual({ added: 1, replaced: 0 });
    expect(await dump(target)).toBe(before);

    const key = await unlockWithPassphrase(target, SCHOOL_PASSPHRASE);
    const restored = createStorage(target, new AesGcmCodec(key), schemas);
    const pupils = await restored.pupils.getAll();
    expect(pupils.quarantined).toEqual([]);
    expect(byId(pupils.records)).toBe(byId(school.pupils));
    expect((await restored.interventions.getAll()).records).toEqual([intervention]);
  }, 60_000);

  it("merges into the same install, reporting what it added and what it replaced", async () => {
    const db = await dbs.open();
    const { dataKey } = await createVault(db, SCHOOL_PASSPHRASE, fast);
    const codec = new AesGcmCodec(dataKey);
    const { school, storage } = await writeSchool(db, codec, 40);
    const contents = await readBackup(await createBackup(db, BACKUP_PASSPHRASE, fast), BACKUP_PASSPHRASE);

    const [gone, ...kept] = school.pupils;
    await storage.pupils.delete(gone?.id ?? "");
    const report = await restoreBackup(db, contents, "merge");

    expect(report.vaultRestored).toBe(false);
    expect(report.stores.pupils).toEqual({ added: 1, replaced: kept.length });
    expect((await storage.pupils.getAll()).records).toHaveLength(40);
  });

  it("merges a backup made under another passphrase once both keys are given, re-encrypting it", async () => {
    const old = await dbs.open();
    const oldKey = (await createVault(old, SCHOOL_PASSPHRASE, fast)).dataKey;
    const { school } = await writeSchool(old, new AesGcmCodec(oldKey), 10, 1);
    const contents = await readBackup(await createBackup(old, BACKUP_PASSPHRASE, fast), BACKUP_PASSPHRASE);

    const db = await dbs.open();
    const dataKey = (await createVault(db, "a different long passphrase", fast)).dataKey;
    await expect(restoreBackup(db, contents, "merge")).rejects.toMatchObject({ code: "different-key" });
    expect(await db.count("pupils")).toBe(0);

    const { openVaultWithPassphrase } = await import("@/storage/vault");
    const backupDataKey = await openVaultWithPassphrase(contents.vault!, SCHOOL_PASSPHRASE);
    const report = await restoreBackup(db, contents, "merge", { dataKey, backupDataKey });
    expect(report.stores.pupils.added).toBe(10);
    const { records, quarantined } = await createStorage(db, new AesGcmCodec(dataKey), schemas).pupils.getAll();
    expect(quarantined).toEqual([]);
    expect(byId(records)).toBe(byId(school.pupils));
  });

  it("refuses a fresh-start restore into an install that has records or a passphrase, changing nothing", async () => {
    const source = await dbs.open();
    await createVault(source, SCHOOL_PASSPHRASE, fast);
    const contents = await readBackup(await createBackup(source, BACKUP_PASSPHRASE, fast), BACKUP_PASSPHRASE);

    const target = await dbs.open();
    await createVault(target, "another long passphrase", fast);
    const before = await dump(target);
    await expect(restoreBackup(target, contents, "into-empty")).rejects.toMatchObject({ code: "not-empty" });
    expect(await dump(target)).toBe(before);
  });

  it("backs up and restores an install that has no passphrase yet", async () => {
    const { plainCodec } = await import("@/storage/codec");
    const source = await dbs.open();
    await writeSchool(source, plainCodec, 5);
    const contents = await readBackup(await createBackup(source, BACKUP_PASSPHRASE, fast), BACKUP_PASSPHRASE);
    expect(contents.vault).toBeNull();
    const target = await dbs.open();
    expect((await restoreBackup(target, contents, "into-empty")).vaultRestored).toBe(false);
    expect(await dump(target)).toBe(await dump(source));
  });
});
