import type { SendDb } from "../db";
import { parseVault, VAULT_KEY } from "../vault/vault-record";
import { BACKUP_STORES, type BackupBody } from "./backup-format";

/** Records read per request: each page is decoded in its own task, so a large store never holds the page long. */
const PAGE = 400;

/** Every store's envelopes and the vault, read in one transaction so the copy is consistent. */
export async function takeSnapshot(db: SendDb): Promise<BackupBody> {
  const tx = db.transaction([...BACKUP_STORES, "meta"], "readonly");
  /** A store's records in key order, a page at a time (each page asked for as the last one arrives). */
  const readAll = async (name: (typeof BACKUP_STORES)[number]) => {
    const store = tx.objectStore(name);
    const all: { id: string }[] = [];
    for (let after: IDBKeyRange | undefined; ; ) {
      const page = (await store.getAll(after, PAGE)) as { id: string }[];
      for (const record of page) all.push(record);
      if (page.length < PAGE) return all;
      after = IDBKeyRange.lowerBound(page[page.length - 1]!.id, true);
    }
  };
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
