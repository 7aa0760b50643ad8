import { signal } from "@preact/signals";
import { planJournal, type ImportJournal } from "@/graduated-approach/csv-import/import-journal";
import type { Pupil } from "@/graduated-approach/pupil";
import { nextTask } from "./import-checker";
import { announcePupilsChanged } from "./records-changed";

/** The stores an import writes to; the journal is absent where imports cannot be resumed (some tests). */
export interface ImportStores {
  pupils: {
    getAll(): Promise<{ records: Pupil[] }>;
    /** Reads these pupils afresh just before a chunk is written (absent in some tests' stores). */
    getMany?(ids: readonly string[]): Promise<{ records: Pupil[] }>;
    putMany(list: readonly Pupil[]): Promise<void>;
    delete?(id: string): Promise<void>;
  };
  importJournal?: {
    get(): Promise<ImportJournal | undefined>;
    put(journal: ImportJournal): Promise<void>;
    clear(): Promise<void>;
  };
}

/** An import that did not finish, as the screen describes it. */
export interface InterruptedSummary {
  fileName: string;
  startedAt: string;
  saved: number;
  total: number;
}

/**
 * Finds an import cut short (its journal is still there) and finishes it (writes what was not saved) or undoes
 * it (puts back the pupils it changed, removes those it added). Either way the journal then goes.
 */
export function createInterruptedImport(storage: () => ImportStores, chunkSize: number) {
  const found = signal<InterruptedSummary | null>(null);
  const working = signal(false);
  const problem = signal<string | null>(null);
  const done = signal<string | null>(null);

  async function load() {
    const stores = storage();
    const journal = await stores.importJournal?.get();
    if (!journal) return undefined;
    return { stores, journal, plan: planJournal(journal, (await stores.pupils.getAll()).records) };
  }

  async function find() {
    try {
      const loaded = await load();
      found.value = loaded
        ? { fileName: loaded.journal.fileName, startedAt: loaded.journal.startedAt, saved: loaded.plan.saved, total: loaded.journal.records.length }
        : null;
    } catch {
      found.value = null; // locked, or nothing readable: nothing to offer
    }
  }

  async function run(kind: "finish" | "undo") {
    if (working.value) return;
    working.value = true;
    problem.value = null;
    try {
      const loaded = await load();
      if (!loaded) return;
      const { stores, plan } = loaded;
      const writes = kind === "finish" ? plan.toWrite : plan.toRestore;
      for (let start = 0; start < writes.length; start += chunkSize) {
        await stores.pupils.putMany(writes.slice(start, start + chunkSize));
        await nextTask();
      }
      if (kind === "undo") for (const id of plan.toDelete) await stores.pupils.delete?.(id);
      await stores.importJournal?.clear();
      found.value = null;
      done.value =
        kind === "finish"
          ? `The import of ${loaded.journal.fileName} is finished: ${writes.length.toLocaleString("en-GB")} more saved.`
          : `The import of ${loaded.journal.fileName} is undone: ${plan.toRestore.length.toLocaleString("en-GB")} put back as they were, ${plan.toDelete.length.toLocaleString("en-GB")} removed.`;
      announcePupilsChanged();
    } catch (e) {
      problem.value = `The import could not be ${kind === "finish" ? "finished" : "undone"}: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      working.value = false;
    }
  }

  return { found, working, problem, done, find, finish: () => run("finish"), undo: () => run("undo") };
}
export type InterruptedImport = ReturnType<typeof createInterruptedImport>;
