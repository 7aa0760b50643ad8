import type { AppStorage } from "./boot";

/** Where "re-encrypt everything" has got to, for the progress bar. */
export interface ReencryptProgress {
  /** Kinds of record finished so far, of `total`. */
  done: number;
  total: number;
  /** Plain words for what is being re-encrypted now, e.g. "pupils". */
  current: string;
}

export interface ReencryptResult {
  reencrypted: number;
  /** Records that could not be read with either key: left exactly as they were. */
  unreadable: number;
}

type Stores = Pick<AppStorage, "pupils" | "cycles" | "audits" | "interventions" | "importJournal">;

const KINDS = [
  ["pupils", "pupils"],
  ["cycles", "APDR cycles"],
  ["audits", "self-audits"],
  ["interventions", "group interventions"],
] as const;

/**
 * Reads every encrypted record through `from` (which opens both the new and the previous key) and writes it back
 * through `to` (which writes with the new key; usually the same stores), one kind at a time: all of a kind are read and re-encrypted before one
 * transaction writes them, so a kind is either all rewritten or untouched. Goes only through the record stores,
 * so what the codec binds a ciphertext to does not matter here.
 */
export async function reencryptStores(from: Stores, to: Stores, onProgress: (p: ReencryptProgress) => void = () => {}): Promise<ReencryptResult> {
  const total = KINDS.length + 1;
  const result: ReencryptResult = { reencrypted: 0, unreadable: 0 };
  for (const [index, [kind, words]] of KINDS.entries()) {
    onProgress({ done: index, total, current: words });
    const { records, quarantined } = await (from[kind].getAll() as Promise<{ records: { id: string }[]; quarantined: unknown[] }>);
    await (to[kind].putMany as (values: readonly { id: string }[]) => Promise<void>)(records);
    result.reencrypted += records.length;
    result.unreadable += quarantined.length;
  }
  onProgress({ done: KINDS.length, total, current: "an import still to finish" });
  try {
    const journal = await from.importJournal.get();
    if (journal !== undefined) {
      await to.importJournal.put(journal);
      result.reencrypted += 1;
    }
  } catch {
    result.unreadable += 1;
  }
  onProgress({ done: total, total, current: "" });
  return result;
}
