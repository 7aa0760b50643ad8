import type { StoreValue } from "idb";
import type { SendDb } from "../db";
import type { RecordStore } from "../record-store";
import type { RecordEnvelope, SendDbSchema } from "../schema";
import { markRegisterRewritten } from "../summaries-stale";
import { readTombstones, tombstoneKey } from "../tombstones";
import { readVault } from "../vault/vault-record";
import { BACKUP_STORES, type BackupContents, type BackupStoreName } from "./backup-format";
import { BackupError } from "./backup-errors";
import { allOrNothing } from "../write-transaction";
import { storesToMerge, WRITE_BATCH, type RestoreOptions } from "./restore-backup";
import { readInPages } from "../read-in-pages";
import { waitForWritesEvery } from "./write-slices";
import { MERGE_TURN_MS } from "./rekey";
import { pauseEvery } from "../pause";

/** What a merge restore does with one record of the backup. */
export type MergeOutcome =
  /** Not here: added. */
  | "add"
  /** Here too, and the backup's copy is newer: it replaces this one. */
  | "newer-in-backup"
  /** Here too, and this copy is newer (or the same age): kept, the backup's left out. */
  | "newer-here"
  /** The same record, unchanged. */
  | "same"
  /** Deleted here since: left deleted. */
  | "erased-here"
  /** Does not decode or validate: left out, nothing else is affected. */
  | "unreadable";

export interface MergeItem {
  store: BackupStoreName;
  id: string;
  outcome: MergeOutcome;
  /** Who or what it is, from `describe` (e.g. a pupil's name), for the preview; empty when not described. */
  label: string;
  /** For "unreadable": why, naming the field. */
  reason?: string;
}

export interface MergePlan {
  items: MergeItem[];
  /** What will be written, each with the revision it must still have here when the merge runs. */
  writes: { store: BackupStoreName; id: string; hereRev: number | undefined; envelope: unknown }[];
}

/** The store that reads a record of `store` with this id, or undefined for a kind this version does not know. */
export type MergeReaders = (store: BackupStoreName, id: string) => Pick<RecordStore<{ id: string }>, "check" | "seal"> | undefined;

/**
 * Works out a merge restore without writing anything: every backup record is decoded and validated as its store
 * would read it, compared with the record here (newer by `updatedAt` where both have one, else by revision),
 * and never brought back where it was deleted here. What will be written is encoded now, as the next revision
 * of the record here, so the merge itself is one transaction that only checks revisions and writes. Records are
 * read a page at a time and checked one by one with pauses between, so a large backup never holds the page.
 */
export async function planMerge(
  db: SendDb,
  contents: BackupContents,
  readers: MergeReaders,
  options: RestoreOptions & { describe?: (store: BackupStoreName, value: unknown) => string } = {},
): Promise<MergePlan> {
  // Short turns: decrypting, checking and re-encrypting every record leaves garbage whose collection can land
  // in any turn, so each turn leaves room for it.
  const pause = pauseEvery(MERGE_TURN_MS);
  const stores = await storesToMerge(contents, await readVault(db), options);
  const tx = db.transaction([...BACKUP_STORES, "meta"], "readonly");
  const [here, tombstones] = await Promise.all([
    Promise.all(BACKUP_STORES.map(async (name) => new Map((await readInPages<BackupStoreName>(tx, name)).map((e) => [e.id, e as RecordEnvelope])))),
    readTombstones(tx as never),
  ]);
  const plan: MergePlan = { items: [], writes: [] };
  for (const [index, store] of BACKUP_STORES.entries()) {
    for (const envelope of stores[store] as RecordEnvelope[]) {
      await pause();
      const item = (outcome: MergeOutcome, label = "", reason?: string) =>
        plan.items.push({ store, id: envelope.id, outcome, label, ...(reason ? { reason } : {}) });
      const reader = readers(store, envelope.id);
      if (!reader) {
        item("unreadable", "", "this version of SEND Companion does not know this kind of record");
        continue;
      }
      const theirs = await reader.check(envelope);
      if (!theirs.ok) {
        item("unreadable", "", theirs.reason);
        continue;
      }
      const label = options.describe?.(store, theirs.value) ?? "";
      const existing = here[index]!.get(envelope.id);
      if (!existing && tombstones[tombstoneKey(store, envelope.id)]) {
        item("erased-here", label);
        continue;
      }
      const mine = existing ? await reader.check(existing) : undefined;
      const outcome: MergeOutcome = !existing ? "add" : !mine?.ok ? "newer-in-backup" : compare(theirs, mine);
      item(outcome, label);
      if (outcome === "add" || outcome === "newer-in-backup") {
        const hereRev = existing ? (existing.rev ?? 0) : undefined;
        plan.writes.push({ store, id: envelope.id, hereRev, envelope: await reader.seal(theirs.value, (hereRev ?? 0) + 1) });
      }
    }
  }
  return plan;
}

function compare(theirs: { value: unknown; rev: number }, mine: { value: unknown; rev: number }): MergeOutcome {
  if (JSON.stringify(theirs.value) === JSON.stringify(mine.value)) return "same";
  const theirTime = updatedAt(theirs.value);
  const myTime = updatedAt(mine.value);
  if (theirTime && myTime && theirTime !== myTime) return theirTime > myTime ? "newer-in-backup" : "newer-here";
  return theirs.rev > mine.rev ? "newer-in-backup" : "newer-here";
}

function updatedAt(value: unknown): string | undefined {
  const stamp = typeof value === "object" && value !== null ? (value as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof stamp === "string" ? stamp : undefined;
}

/**
 * Writes a planned merge in ONE transaction, first checking that nothing it touches changed here since the plan
 * was made (a record saved or deleted in another window meanwhile): if anything did, nothing is written. Records
 * are checked a few hundred at a time and written a few milliseconds' worth at a time, each batch waited for,
 * so the page gets turns meanwhile.
 */
export async function applyMerge(db: SendDb, plan: MergePlan): Promise<number> {
  const tx = db.transaction([...BACKUP_STORES, "register", "meta"], "readwrite");
  return allOrNothing(tx, async (track) => {
    const tombstones = await readTombstones(tx as never);
    for (let at = 0; at < plan.writes.length; at += WRITE_BATCH) {
      const batch = plan.writes.slice(at, at + WRITE_BATCH);
      const current = await Promise.all(batch.map((w) => tx.objectStore(w.store).get(w.id) as Promise<RecordEnvelope | undefined>));
      batch.forEach((w, i) => {
        const now = current[i];
        const moved = w.hereRev === undefined ? now !== undefined || tombstones[tombstoneKey(w.store, w.id)] !== undefined : (now?.rev ?? 0) !== w.hereRev || now === undefined;
        if (moved) {
          throw new BackupError(
            "changed-meanwhile",
            "Records here were changed in another window while you were looking at the preview, so nothing has been restored. Check the backup again to see an up-to-date preview.",
          );
        }
      });
    }
    // As restoreBackup does: every few milliseconds of writing, wait for the last write.
    const giveWay = waitForWritesEvery();
    for (const w of plan.writes) {
      const put = tx.objectStore(w.store).put(w.envelope as StoreValue<SendDbSchema, typeof w.store>);
      track(put);
      await giveWay(put);
    }
    // Pupils and cycles written here do not go through their stores: summaries are rebuilt and the register read afresh.
    if (plan.writes.some((w) => w.store === "cycles" || w.store === "pupils")) track(markRegisterRewritten(tx as never));
    return plan.writes.length;
  });
}

/** How many records of each outcome, for the preview's sentences. */
export function countOutcomes(plan: MergePlan): Record<MergeOutcome, number> {
  const counts: Record<MergeOutcome, number> = { add: 0, "newer-in-backup": 0, "newer-here": 0, same: 0, "erased-here": 0, unreadable: 0 };
  for (const item of plan.items) counts[item.outcome]++;
  return counts;
}
