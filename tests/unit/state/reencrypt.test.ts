import { describe, expect, it, vi } from "vitest";
import { openAppDeps } from "@/state/boot";
import { createAppModel, REENCRYPTING } from "@/state/app-model";
import { reencryptStores, type ReencryptProgress } from "@/state/reencrypt";
import { openSendDb } from "@/storage";
import { readVault, unlockWithPassphrase } from "@/storage/vault";
import { replaceDataKey } from "@/storage/vault/replace-data-key";
import { fakePupil, goodCycle } from "../../fixtures/graduated";
import { memoryStore } from "../../fixtures/memory-store";
import { newInstalls, PASSPHRASE } from "./new-install";

const NEW_PASSPHRASE = "velvet compass orchard thunder";
const newInstall = newInstalls();

const PUPILS = [
  fakePupil({ id: "pupil-1", firstName: "Ada", lastName: "Example" }),
  fakePupil({ id: "pupil-2", firstName: "Testy", lastName: "McTestface" }),
];

/** The stored payloads of a store, as raw bytes, to see that they changed. */
async function payloads(dbName: string, store: "pupils" | "cycles") {
  const db = await openSendDb(dbName);
  const rows = await db.getAll(store);
  db.close();
  return rows.map((row) => JSON.stringify(row.payload, (_k, v: unknown) => (v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v)));
}

describe("My passphrase may be known: re-encrypt everything with a new key", () => {
  it("re-encrypts every record under a new key; the old passphrase and recovery key stop working; every record reads back", async () => {
    const { model, firstKey, openAnotherPage, dbName } = await newInstall({ shareUnlock: true });
    await model.storage().pupils.putMany(PUPILS);
    await model.storage().cycles.put(goodCycle({ pupilId: "pupil-1" }));
    const before = await payloads(dbName, "pupils");
    const keyIdBefore = (await readVault(await openSendDb(dbName)))?.keyId;
    const other = await openAnotherPage();
    expect(other.status.value).toBe("ready");

    const progress: ReencryptProgress[] = [];
    const unreadable = await model.reencryptEverything(NEW_PASSPHRASE, (p) => progress.push(p));
    expect(unreadable).toBe(0);
    expect(model.status.value).toBe("recovery-key");
    const newKey = model.recoveryKey.value ?? "";
    expect(newKey).not.toBe(firstKey);
    expect(progress.map((p) => p.current)).toEqual(["pupils", "APDR cycles", "self-audits", "group interventions", "an import still to finish", ""]);
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });

    const after = await payloads(dbName, "pupils");
    expect(after).toHaveLength(2);
    expect(after.some((p) => before.includes(p)), "every ciphertext was rewritten").toBe(false);
    const vault = await readVault(await openSendDb(dbName));
    expect(vault?.keyId).not.toBe(keyIdBefore);
    expect(vault?.previousKey, "the old key is dropped once all is done").toBeUndefined();

    await model.recoveryKeySaved();
    expect(model.status.value).toBe("ready");
    await vi.waitFor(() => expect(other.status.value).toBe("ready"));

    await model.lock();
    await expect(model.unlock(PASSPHRASE)).rejects.toThrow(/passphrase is not right/);
    await expect(model.unlockWithRecoveryKey(firstKey)).rejects.toThrow(/recovery key is not right/);
    await model.unlock(NEW_PASSPHRASE);
    const read = await model.storage().pupils.getAll();
    expect(read.quarantined).toEqual([]);
    expect(read.records.map((p) => `${p.firstName} ${p.lastName}`).sort()).toEqual(["Ada Example", "Testy McTestface"]);
    expect((await model.storage().cycles.getAll()).records.map((c) => c.pupilId)).toEqual(["pupil-1"]);
    await model.lock();
    await model.unlockWithRecoveryKey(newKey);
    expect(model.status.value).toBe("reset-passphrase");
  }, 60_000);

  it("locks the other pages while it works, saying why", async () => {
    const { model, openAnotherPage } = await newInstall({ shareUnlock: true });
    const other = await openAnotherPage();
    const seen: string[] = [];
    const done = model.reencryptEverything(NEW_PASSPHRASE, () => seen.push(other.status.value));
    await vi.waitFor(() => expect(other.status.value).toBe("locked"));
    expect(other.lockReason.value).toBe(REENCRYPTING);
    await done;
    expect(model.status.value, "the page that re-encrypts stays open").toBe("recovery-key");
  }, 60_000);

  it("loses nothing when cut short after the new key is in place: the new passphrase opens every record and the next unlock finishes", async () => {
    const { model, dbName } = await newInstall();
    await model.storage().pupils.putMany(PUPILS);
    await model.lock();
    // The new key replaces the old, then the work stops before any record is re-encrypted (as a crash would).
    const db = await openSendDb(dbName);
    await replaceDataKey(db, await unlockWithPassphrase(db, PASSPHRASE), NEW_PASSPHRASE);
    expect((await readVault(db))?.previousKey).toBeDefined();

    const page = createAppModel(await openAppDeps(dbName));
    await page.load();
    await expect(page.unlock(PASSPHRASE)).rejects.toThrow(/passphrase is not right/);
    await page.unlock(NEW_PASSPHRASE);
    expect(page.status.value).toBe("ready");
    const read = await page.storage().pupils.getAll();
    expect([read.records.length, read.quarantined]).toEqual([2, []]);
    expect((await readVault(db))?.previousKey, "finished at unlock").toBeUndefined();
    db.close();
  }, 60_000);

  it("writes a kind only once every record of it has been read, so a failure leaves that kind as it was", async () => {
    const store = () => {
      const inner = memoryStore<{ id: string }>();
      return { ...inner, putMany: async (values: { id: string }[]) => void (await Promise.all(values.map(inner.put))) };
    };
    const from = { pupils: store(), cycles: store(), audits: store(), interventions: store(), importJournal: { get: async () => undefined, put: async () => {}, clear: async () => {} } };
    const to = { ...from, pupils: store(), cycles: { ...store(), putMany: () => Promise.reject(new Error("disk full")) } };
    await from.pupils.putMany([{ id: "p-1" }, { id: "p-2" }]);
    await from.cycles.putMany([{ id: "c-1" }]);
    await expect(reencryptStores(from as never, to as never)).rejects.toThrow("disk full");
    expect((await to.pupils.getAll()).records.map((r) => r.id)).toEqual(["p-1", "p-2"]);
  });
});
