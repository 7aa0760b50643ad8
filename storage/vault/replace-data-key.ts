import type { SendDb } from "../db";
import { aesGcmEncrypt, generateDataKey, IV_BYTES, makeKeyCheck } from "./data-key";
import { exportRawKey } from "./daily-key";
import { PBKDF2_ITERATIONS } from "./kdf";
import type { KeyVault } from "./key-vault";
import { generateRecoveryKey } from "./recovery-key";
import { VaultError } from "./vault-errors";
import { requireOwnVault, requireLength, type VaultOptions } from "./vault";
import { VAULT_KEY } from "./vault-record";
import { wrapDataKey } from "./wrap";

export interface ReplacedDataKey {
  /** The new data key, extractable so that it can be shared with the other pages; keep only a daily copy. */
  dataKey: CryptoKey;
  keyId: string;
  /** Shown once; the old recovery key stops working. */
  recoveryKey: string;
}

/**
 * "My passphrase may be known": a new random data key, wrapped under a new passphrase and a new recovery key,
 * replaces the old one in one write, so the old passphrase and old recovery key stop working at once. Records
 * are re-encrypted afterwards, store by store; until that is done the vault keeps the old data key encrypted
 * under the new one (`previousKey`), so a record not yet re-encrypted still opens with the new passphrase, and a
 * re-encryption cut short (a crash, a full disk) loses nothing and finishes at the next unlock.
 */
export async function replaceDataKey(db: SendDb, currentKey: CryptoKey, newPassphrase: string, options: VaultOptions = {}): Promise<ReplacedDataKey> {
  requireLength(newPassphrase);
  const vault = await requireOwnVault(db, currentKey);
  if (vault.previousKey) {
    throw new VaultError("rekey-unfinished", "The last re-encryption has not finished yet. Lock SEND Companion and unlock it to finish it, then try again.");
  }
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const dataKey = await generateDataKey();
  const recovery = generateRecoveryKey();
  const raw = await exportRawKey(currentKey);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = new Uint8Array(await aesGcmEncrypt(dataKey, iv, raw));
  raw.fill(0);
  const now = (options.now?.() ?? new Date()).toISOString();
  const next: KeyVault = {
    version: 1,
    keyId: crypto.randomUUID(),
    createdAt: vault.createdAt,
    passphraseChangedAt: now,
    byPassphrase: await wrapDataKey(dataKey, newPassphrase, iterations),
    byRecoveryKey: await wrapDataKey(dataKey, recovery.bytes, iterations),
    keyCheck: await makeKeyCheck(dataKey),
    previousKey: { keyId: vault.keyId, iv, ct },
  };
  await db.put("meta", next, VAULT_KEY);
  return { dataKey, keyId: next.keyId, recoveryKey: recovery.text };
}

/** Every record is under the new key: forget the previous one. */
export async function dropPreviousKey(db: SendDb, dataKey: CryptoKey): Promise<void> {
  const { previousKey: _previous, ...vault } = await requireOwnVault(db, dataKey);
  await db.put("meta", vault, VAULT_KEY);
}
