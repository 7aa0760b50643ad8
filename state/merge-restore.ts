import { applyMerge, countOutcomes, planMerge, SETTING_ID, type BackupContents, type MergeOutcome, type RecordStoreName, type SendDb } from "@/storage";

export type { MergeOutcome };
import type { AppStorage } from "./boot";

/** What a merge restore will do, shown before anything is written; `apply` writes it. */
export interface MergePreview {
  counts: Record<MergeOutcome, number>;
  /** Each pupil in the backup by name, with what happens to them (the workspace is unlocked; names stay on screen only). */
  pupils: { outcome: MergeOutcome; label: string }[];
  /** Records left out because they cannot be read, naming why. */
  unreadable: { store: RecordStoreName; id: string; reason: string }[];
  apply(): Promise<{ added: number; replaced: number; byKind: Record<string, { added: number; replaced: number }> }>;
}

/** Plans a merge of a read backup into this unlocked install, with every record read the way its store reads it. */
export async function previewMerge(
  db: SendDb,
  storage: AppStorage,
  contents: BackupContents,
  keys: { dataKey?: CryptoKey; backupDataKey?: CryptoKey },
): Promise<MergePreview> {
  const readers = (store: RecordStoreName, id: string) => {
    switch (store) {
      case "pupils":
      case "cycles":
      case "audits":
      case "interventions":
        return storage[store] as unknown as AppStorage["settings"]["records"];
      case "frameworks":
        return storage.frameworks.records;
      case "settings":
        if (id === SETTING_ID) return storage.settings.records;
        return id === "import-journal" ? storage.importJournal.records : undefined;
    }
  };
  const describe = (store: RecordStoreName, value: unknown) => {
    if (store !== "pupils") return "";
    const p = value as { firstName?: string; lastName?: string };
    return `${p.firstName ?? ""} ${p.lastName ?? ""}`.trim();
  };
  const plan = await planMerge(db, contents, readers, { ...keys, describe });
  return {
    counts: countOutcomes(plan),
    pupils: plan.items.filter((i) => i.store === "pupils" && i.outcome !== "same").map(({ outcome, label }) => ({ outcome, label })),
    unreadable: plan.items.filter((i) => i.outcome === "unreadable").map(({ store, id, reason }) => ({ store, id, reason: reason ?? "" })),
    async apply() {
      await applyMerge(db, plan);
      const byKind: Record<string, { added: number; replaced: number }> = {};
      for (const item of plan.items) {
        const kind = (byKind[item.store] ??= { added: 0, replaced: 0 });
        if (item.outcome === "add") kind.added++;
        if (item.outcome === "newer-in-backup") kind.replaced++;
      }
      const counts = countOutcomes(plan);
      return { added: counts.add, replaced: counts["newer-in-backup"], byKind };
    },
  };
}
