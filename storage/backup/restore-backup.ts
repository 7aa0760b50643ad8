import type { IDBPTransaction, StoreValue } from "idb";
import type { SendDb } from "../db";
import type { SendDbSchema } from "../schema";
import { markRegisterRewritten } from "../summaries-stale";
import type { KeyVault } from "../vault/key-vault";
import { isVaultKey, readVault, VAULT_KEY } from "../vault/vault-record";
import { BACKUP_STORES, type BackupContents, type BackupStoreName } from "./backup-format";
import { BackupError } from "./backup-errors";
import { allOrNothing } from "../write-transaction";
import { rekeyStores } from "./rekey";
import { waitForWritesEvery } from "./write-slices";

export type RestoreMode = "into-empty" | "merge";

export interface RestoreOptions {
  /** For a merge whose backup was made under another data key: the key this install is unlocked with… */
  dataKey?: CryptoKey;
  /** …and the backup's own data key, from `openVaultWithPassphrase(contents.vault, oldPassphrase)`. */
  backupDataKey?: CryptoKey;
}

export interface RestoreReport {
  stores: Record<BackupStoreName, { added: number; replaced: number }>;
  /** True when the backup's key vault was restored: lock, and unlock with the passphrase of the backup. */
  vaultRestored: boolean;
}

/** Records read at once to check them before a merge writes (see merge-plan.ts). */
export const WRITE_BATCH = 300;

const PERSONAL_STORES = ["pupils", "cycles", "audits", "interventions", "strategies"] as const;

type RestoreTransaction = IDBPTransaction<SendDbSchema, [...typeof BACKUP_STORES, "register", "meta"], "readwrite">;

/**
 * Writes a read backup in ONE transaction across every store: all of it, or (on any failure) none.
 * - "into-empty": this install has no key vault and no pupils, cycles, audits or interventions; the backup's vault
 *   comes too, so the user unlocks with the passphrase they had when the backup was made.
 * - "merge": records are added or replace those with the same id; this install's vault stays. The backup
 *   must share this install's data key, or `dataKey` and `backupDataKey` must be given to re-encrypt it.
 */
export async function restoreBackup(
  db: SendDb,
  contents: BackupContents,
  mode: RestoreMode,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const current = await readVault(db);
  const stores = mode === "merge" ? await storesToMerge(contents, current, options) : contents.stores;
  const restoreVault = mode === "into-empty" ? contents.vault : null;

  const tx = db.transaction([...BACKUP_STORES, "register", "meta"], "readwrite");
  return allOrNothing(tx, async (track) => {
    if (mode === "into-empty") await requireEmpty(tx);
    const report = emptyReport(restoreVault !== null);
    // Every few milliseconds of writing, wait for the last write: the rest are queued in a later task (the
    // transaction stays open meanwhile), so a large restore never holds the page for long.
    const giveWay = waitForWritesEvery();
    for (const name of BACKUP_STORES) {
      const store = tx.objectStore(name);
      const existing = new Set(await store.getAllKeys());
      for (const envelope of stores[name]) {
        report.stores[name][existing.has(envelope.id) ? "replaced" : "added"]++;
        const put = store.put(envelope as StoreValue<SendDbSchema, typeof name>);
        track(put);
        await giveWay(put);
      }
    }
    if (restoreVault) track(tx.objectStore("meta").put(restoreVault, VAULT_KEY));
    // Backups carry no cycle summaries or register snapshot: they are made again from what was restored.
    track(markRegisterRewritten(tx as never));
    return report;
  });
}

async function requireEmpty(tx: RestoreTransaction) {
  const counts = await Promise.all(PERSONAL_STORES.map((n) => tx.objectStore(n).count()));
  const vault = await tx.objectStore("meta").getKey(VAULT_KEY);
  if (counts.some((n) => n > 0) || vault !== undefined) {
    throw new BackupError(
      "not-empty",
      "SEND Companion on this computer already holds records or a passphrase, so the backup cannot be restored as a fresh start. Merge it instead, or erase everything first. Nothing has been changed.",
    );
  }
}

export async function storesToMerge(contents: BackupContents, current: KeyVault | undefined, options: RestoreOptions) {
  const backup = contents.vault;
  if (backup === null && current === undefined) return contents.stores;
  if (backup === null || current === undefined) {
    throw new BackupError(
      "cannot-merge",
      backup === null
        ? "This backup was made before records were protected with a passphrase, so it cannot be merged into this protected install. Nothing has been changed."
        : "Set up a passphrase before merging a protected backup into this install. Nothing has been changed.",
    );
  }
  if (backup.keyId === current.keyId) return contents.stores;
  const { dataKey, backupDataKey } = options;
  if (!dataKey || !backupDataKey || !(await isVaultKey(current, dataKey)) || !(await isVaultKey(backup, backupDataKey))) {
    throw new BackupError(
      "different-key",
      "This backup's records were protected with a different passphrase. Enter the passphrase that was in use when the backup was made. Nothing has been changed.",
    );
  }
  return rekeyStores(contents.stores, backupDataKey, dataKey);
}

function emptyReport(vaultRestored: boolean): RestoreReport {
  const none = () => ({ added: 0, replaced: 0 });
  return {
    stores: { settings: none(), frameworks: none(), pupils: none(), cycles: none(), audits: none(), interventions: none(), strategies: none() },
    vaultRestored,
  };
}
