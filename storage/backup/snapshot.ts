import type { SendDb } from "../db";
import { parseVault, VAULT_KEY } from "../vault/vault-record";
import { BACKUP_STORES, type BackupBody } from "./backup-format";
import { readInPages } from "../read-in-pages";

/** Every store's envelopes and the vault, read in one transaction so the copy is consistent. */
export async function takeSnapshot(db: SendDb): Promise<BackupBody> {
  const tx = db.transaction([...BACKUP_STORES, "meta"], "readonly");
  const readAll = (name: (typeof BACKUP_STORES)[number]) => readInPages<(typeof BACKUP_STORES)[number]>(tx, name);
  const [settings, frameworks, pupils, cycles, audits, interventions, strategies, vault] = await Promise.all([
    readAll("settings"),
    readAll("frameworks"),
    readAll("pupils"),
    readAll("cycles"),
    readAll("audits"),
    readAll("interventions"),
    readAll("strategies"),
    tx.objectStore("meta").get(VAULT_KEY),
    tx.done,
  ]);
  return {
    vault: vault === undefined ? null : parseVault(vault),
    stores: { settings, frameworks, pupils, cycles, audits, interventions, strategies },
  } as BackupBody;
}
