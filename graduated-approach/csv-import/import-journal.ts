import { z } from "zod";
import { IsoDateTime } from "../iso-date";
import { Pupil } from "../pupil";

/**
 * What an import is about to write, kept (encrypted) until it has all been saved, so an import cut short (the
 * tab closed, the computer slept) is found when the import screen opens again and can be finished or undone.
 */
export const ImportJournal = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  startedAt: IsoDateTime,
  /** Every record the import writes, each carrying the import's id. */
  records: z.array(Pupil),
  /** The records as they were before the import, for the pupils it updates. */
  before: z.array(Pupil),
});
export type ImportJournal = z.infer<typeof ImportJournal>;

/** The record with `importId` added to its list (the last ten are kept). */
export function stampImport<T extends { importIds?: string[] | undefined }>(record: T, importId: string): T {
  const ids = [...(record.importIds ?? []).filter((id) => id !== importId), importId].slice(-10);
  return { ...record, importIds: ids };
}

export function touchedBy(record: { importIds?: string[] | undefined } | undefined, importId: string): boolean {
  return record?.importIds?.includes(importId) ?? false;
}

export interface JournalPlan {
  /** Records still to write to finish the import. */
  toWrite: Pupil[];
  /** To undo: records to put back as they were, and ids of pupils the import added. */
  toRestore: Pupil[];
  toDelete: string[];
  saved: number;
}

/** What finishing or undoing an interrupted import would do, given the register as it is now. */
export function planJournal(journal: ImportJournal, register: readonly Pupil[]): JournalPlan {
  const now = new Map(register.map((p) => [p.id, p]));
  const before = new Map(journal.before.map((p) => [p.id, p]));
  const plan: JournalPlan = { toWrite: [], toRestore: [], toDelete: [], saved: 0 };
  for (const record of journal.records) {
    if (!touchedBy(now.get(record.id), journal.id)) {
      plan.toWrite.push(record);
      continue;
    }
    plan.saved++;
    const was = before.get(record.id);
    if (was) plan.toRestore.push(was);
    else plan.toDelete.push(record.id);
  }
  return plan;
}
