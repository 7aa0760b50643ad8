import { announcePupilsChanged } from "./records-changed";
import { signal } from "@preact/signals";
import { applyImport, previewImport, type ImportPreview, type ImportResult } from "@/graduated-approach/csv-import";
import { censusCheckCsv } from "@/graduated-approach/census-export";
import type { Pupil } from "@/graduated-approach/pupil";

export interface ImportDeps {
  storage(): { pupils: { getAll(): Promise<{ records: Pupil[] }>; putMany(list: readonly Pupil[]): Promise<void> } };
  now(): Date;
  /** Tier for new pupils: the loaded framework's lowest tier. */
  defaultTier(): string;
}

/** Reads a chosen CSV into a preview, imports it when the user confirms, and exports the census check. */
export function createImportModel(deps: ImportDeps) {
  const preview = signal<ImportPreview | null>(null);
  const fileName = signal("");
  const result = signal<ImportResult | null>(null);
  const problem = signal<string | null>(null);
  const busy = signal(false);

  const existing = async () => (await deps.storage().pupils.getAll()).records;

  async function choose(name: string, text: string) {
    result.value = null;
    problem.value = null;
    fileName.value = name;
    preview.value = previewImport(text, await existing());
  }

  async function confirm() {
    const p = preview.value;
    if (!p || busy.value) return;
    busy.value = true;
    try {
      const outcome = applyImport(await existing(), p, deps.now().toISOString(), { defaultTier: deps.defaultTier() });
      await deps.storage().pupils.putMany([...outcome.toAdd, ...outcome.toUpdate]);
      announcePupilsChanged();
      result.value = outcome;
      preview.value = null;
    } catch (e) {
      problem.value = `The pupils could not be saved: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy.value = false;
    }
  }

  async function censusCsv() {
    return censusCheckCsv(await existing());
  }

  return { preview, fileName, result, problem, busy, choose, confirm, censusCsv };
}
export type ImportModel = ReturnType<typeof createImportModel>;
