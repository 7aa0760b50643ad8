import { describe, expect, it } from "vitest";
import {
  AesGcmCodec,
  changePassphrase,
  createVault,
  PBKDF2_ITERATIONS,
  readVault,
  replaceRecoveryKey,
  resetAfterRecovery,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  vaultExists,
  VaultError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from "@/storage/vault";
import { toJsonSafe } from "@/storage/backup/binary-json";
import { createRecordStore } from "@/storage/record-store";
import { FakePupil, freshDatabases, pupilA, pupilB } from "../fakes";

const dbs = freshDatabases();
const HERE = { store: "pupils", id: "a", rev: 1 };
const fast = { iterations: 1_000 };
const PASSPHRASE = "correct horse battery staple";
const NEW_PASSPHRASE = "purple otter lantern meadow";
/** Byte-faithful text of stored values (toEqual does not compare ArrayBuffer contents). */
const asText = (value: unknown) => JSON.stringify(toJsonSafe(value));

describe("the key vault", () => {
  it("uses at least 600,000 PBKDF2 rounds unless told otherwise", () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it("stores the production round count by default", async () => {
    const db = await dbs.open();
    await createVault(db, PASSPHRASE);
    const vault = await readVault(db);
    expect(vault?.byPassphrase.iterations).toBe(PBKDF2_ITERATIONS);
    expect(vault?.byRecoveryKey.iterations).toBe(PBKDF2_ITERATIONS);
  }, 30_000);

  it("exists only once it is created, and cannot be created twice", async () => {
    const db = await dbs.open();
    expect(await vaultExists(db)).toBe(false);
    await createVault(db, PASSPHRASE, fast);
    expect(await vaultExists(db)).toBe(true);
    await expect(createVault(db, PASSPHRASE, fast)).rejects.toMatchObject({ code: "vault-exists" });
  });

  it("keeps nothing secret in the clear", async () => {
    const db = await dbs.open();
    const { dataKey, recoveryKey } = await createVault(db, PASSPHRASE, fast);
    const raw = new Uint8Array(await crypto.subtle.exportKey("raw", dataKey));
    const stored = await db.get("meta", "vault");
    const text = JSON.stringify(stored, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryKey);
    expect(text).not.toContain(JSON.stringify(Array.from(raw)).slice(1, -1));
  });

  it("unlocks with the passphrase to the same data key", async () => {
    const db = await dbs.open();
    const { dataKey } = await createVault(db, PASSPHRASE, fast);
    const pupils = createRecordStore(db, "pupils", FakePupil, new AesGcmCodec(dataKey));
    await pupils.put(pupilA);
    const unlocked = await unlockWithPassphrase(db, PASSPHRASE);
    const reopened = createRecordStore(db, "pupils", FakePupil, new AesGcmCodec(unlocked));
    expect(await reopened.get(pupilA.id)).toEqual(pupilA);
  });

  it("refuses a wrong passphrase with a message for the user", async () => {
    const db = await dbs.open();
    await createVault(db, PASSPHRASE, fast);
    const attempt = unlockWithPassphrase(db, "correct horse battery stapler");
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(attempt).rejects.toThrow("That passphrase is not right. Check it and try again.");
  });

  it("says there is nothing to unlock before encryption is set up", async () => {
    await expect(unlockWithPassphrase(await dbs.open(), PASSPHRASE)).rejects.toMatchObject({ code: "no-vault" });
  });

  it("refuses a passphrase shorter than 12 characters", async () => {
    const db = await dbs.open();
    await expect(createVault(db, "short pass", fast)).rejects.toMatchObject({ code: "passphrase-too-short" });
    expect(await vaultExists(db)).toBe(false);
  });

  it("unlocks with the recovery key, typed in any case and without dashes", async () => {
    const db = await dbs.open();
    const { dataKey, recoveryKey } = await createVault(db, PASSPHRASE, fast);
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    const codec = new AesGcmCodec(dataKey);
    const payload = await codec.encode(pupilA, HERE);
    const unlocked = await unlockWithRecoveryKey(db, recoveryKey.toLowerCase().replace(/-/g, " "));
    expect(await new AesGcmCodec(unlocked).decode(payload, HERE)).toEqual(pupilA);
  });

  it("refuses a wrong recovery key, and says when the text is not a recovery key at all", async () => {
    const db = await dbs.open();
    await createVault(db, PASSPHRASE, fast);
    const other = await createVault(await dbs.open(), PASSPHRASE, fast);
    await expect(unlockWithRecoveryKey(db, other.recoveryKey)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
    await expect(unlockWithRecoveryKey(db, "ABCD-EFGH")).rejects.toMatchObject({ code: "not-a-recovery-key" });
  });

  it("re-wraps the key on a passphrase change: the old one fails, the new one and the recovery key work, records untouched", async () => {
    const db = await dbs.open();
    const { dataKey, recoveryKey } = await createVault(db, PASSPHRASE, fast);
    const pupils = createRecordStore(db, "pupils", FakePupil, new AesGcmCodec(dataKey));
    await pupils.putMany([pupilA, pupilB]);
    const before = await db.getAll("pupils");

    await changePassphrase(db, dataKey, NEW_PASSPHRASE, fast);

    await expect(unlockWithPassphrase(db, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const unlocked = await unlockWithPassphrase(db, NEW_PASSPHRASE);
    expect(asText(await db.getAll("pupils"))).toBe(asText(before));
    const reopened = createRecordStore(db, "pupils", FakePupil, new AesGcmCodec(unlocked));
    expect((await reopened.getAll()).records).toEqual([pupilA, pupilB]);
    await expect(unlockWithRecoveryKey(db, recoveryKey)).resolves.toBeDefined();
  });

  it("refuses to re-wrap a key that is not this vault's", async () => {
    const db = await dbs.open();
    await createVault(db, PASSPHRASE, fast);
    const stranger = (await createVault(await dbs.open(), PASSPHRASE, fast)).dataKey;
    await expect(changePassphrase(db, stranger, NEW_PASSPHRASE, fast)).rejects.toMatchObject({ code: "wrong-data-key" });
    await expect(unlockWithPassphrase(db, PASSPHRASE)).resolves.toBeDefined();
  });

  it("replaces the recovery key: the old one stops working, the new one unlocks", async () => {
    const db = await dbs.open();
    const { dataKey, recoveryKey } = await createVault(db, PASSPHRASE, fast);
    const next = await replaceRecoveryKey(db, dataKey, fast);
    await expect(unlockWithRecoveryKey(db, recoveryKey)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
    await expect(unlockWithRecoveryKey(db, next)).resolves.toBeDefined();
  });

  it("after a recovery-key unlock, sets a new passphrase and issues a new recovery key: the old passphrase and old key stop working", async () => {
    const db = await dbs.open();
    const { recoveryKey: oldKey } = await createVault(db, PASSPHRASE, fast);
    const dataKey = await unlockWithRecoveryKey(db, oldKey);
    const newKey = await resetAfterRecovery(db, dataKey, NEW_PASSPHRASE, fast);
    expect(newKey).not.toBe(oldKey);
    await expect(unlockWithRecoveryKey(db, oldKey)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
    await expect(unlockWithPassphrase(db, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const byPassphrase = await unlockWithPassphrase(db, NEW_PASSPHRASE);
    const byNewKey = await unlockWithRecoveryKey(db, newKey);
    const codec = new AesGcmCodec(dataKey);
    const sealed = await codec.encode({ note: "Testy McTestface" }, HERE);
    expect(await new AesGcmCodec(byPassphrase).decode(sealed, HERE)).toEqual({ note: "Testy McTestface" });
    expect(await new AesGcmCodec(byNewKey).decode(sealed, HERE)).toEqual({ note: "Testy McTestface" });
  });

  it("refuses a short new passphrase after recovery and leaves the old recovery key working", async () => {
    const db = await dbs.open();
    const { recoveryKey } = await createVault(db, PASSPHRASE, fast);
    const dataKey = await unlockWithRecoveryKey(db, recoveryKey);
    await expect(resetAfterRecovery(db, dataKey, "too short", fast)).rejects.toBeInstanceOf(VaultError);
    await expect(unlockWithRecoveryKey(db, recoveryKey)).resolves.toBeDefined();
  });

  it("reports a damaged vault entry instead of a wrong passphrase", async () => {
    const db = await dbs.open();
    await createVault(db, PASSPHRASE, fast);
    const vault = await readVault(db);
    await db.put("meta", { ...vault, byPassphrase: { salt: "x" } } as never, "vault");
    const attempt = unlockWithPassphrase(db, PASSPHRASE);
    await expect(attempt).rejects.toBeInstanceOf(VaultError);
    await expect(attempt).rejects.toMatchObject({ code: "damaged-vault" });
  });
});
