import type { SendDb } from "../db";
import { parseVault, VAULT_KEY } from "../vault/vault-record";
import { BACKUP_STORES, type BackupBody } from "./backup-format";

/** Every store's envelopes and the vault, read in one transaction so the copy is consistent. */
export async function takeSnapshot(db: SendDb): Promise<BackupBody> {
  const tx = db.transaction([...BACKUP_STORES, "meta"], "readonly");
  const [settings, frameworks, pupils, cycles, audits, interventions, strategies, vault] = await Promise.all([
    tx.objectStore("settings").getAll(),
    tx.objectStore("frameworks").getAll(),
    tx.objectStore("pupils").getAll(),
    tx.objectStore("cycles").getAll(),
    tx.objectStore("audits").getAll(),
    tx.objectStore("interventions").getAll(),
    tx.objectStore("strategies").getAll(),
    tx.objectStore("meta").get(VAULT_KEY),
    tx.done,
  ]);
  return {
    vault: vault === undefined ? null : parseVault(vault),
    stores: { settings, frameworks, pupils, cycles, audits, interventions, strategies },
  };
}
