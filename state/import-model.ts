import { announcePupilsChanged } from "./records-changed";
import { signal } from "@preact/signals";
import {
  applyImport, DEFAULT_UPDATE_FIELDS, mapColumn, skippedRows,
  type ImportField, type ImportPreview, type ImportResult, type ImportSource, type SkippedRow, type UpdateField,
} from "@/graduated-approach/csv-import";
import { censusCheckCsv } from "@/graduated-approach/census-export";
import { withCurrentYearGroup } from "@/graduated-approach/pupil-upgrades";
import { createInterruptedImport, type ImportStores } from "./interrupted-import";
import { inPageChecker, nextTask, type CheckerProgress, type CheckerReply, type ImportChecker } from "./import-checker";
import type { Pupil } from "@/graduated-approach/pupil";
import { reapplyImport } from "./import-merge";

export interface ImportDeps {
  storage(): ImportStores;
  now(): Date;
  /** Tier for new pupils: the loaded framework's lowest tier. */
  defaultTier(): string;
  /** Rows checked, and pupils saved, between pauses that let the page respond. */
  chunkSize?: number;
  /** The setting's name, to say when a Common Transfer File was made for another school. */
  settingName?(): string | undefined;
  /** Where files are read and checked: a Web Worker in the workspace; in the page, in steps, by default. */
  checker?: ImportChecker;
  /** Makes the id of each import (kept on the records it touches). */
  newId?: () => string;
}

export type { CtfSource as CtfOrigin } from "@/graduated-approach/ctf-import";
export type { ImportSource } from "@/graduated-approach/csv-import";

export interface ImportProgress {
  done: number;
  total: number;
  phase: CheckerProgress["phase"] | "Saving pupils";
}

/** What an import did. `stopped` is set when saving failed part-way: the counts are what was saved. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: SkippedRow[];
  /** The fields the file gave, for the skipped rows' download. */
  fields: ImportField[];
  stopped?: { saved: number; notSaved: number; reason: string };
  /** Pupils the file would have updated but that were deleted in another window while it was saving. */
  deletedMeanwhile?: number;
}

/**
 * Reads a chosen file (CSV or Common Transfer File) into a preview, lets the user choose what each CSV
 * column holds, imports when the user confirms, and exports the census check. Checking and saving run in
 * chunks with a pause between them, so a file of thousands of pupils shows progress and the page keeps
 * responding.
 */
export function createImportModel(deps: ImportDeps) {
  const chunkSize = deps.chunkSize ?? 250;
  const preview = signal<ImportPreview | null>(null);
  const source = signal<ImportSource | null>(null);
  const fileName = signal("");
  const result = signal<ImportReport | null>(null);
  const problem = signal<string | null>(null);
  const busy = signal(false);
  const progress = signal<ImportProgress | null>(null);
  /** Said after the user stops a check. */
  const stopped = signal<string | null>(null);
  const checker = deps.checker ?? inPageChecker(chunkSize);
  const interrupted = createInterruptedImport(deps.storage, chunkSize);
  /** What the file may change on pupils already in the register. */
  const overwrite = signal<readonly UpdateField[]>(DEFAULT_UPDATE_FIELDS);
  let register: Pupil[] = [];
  /** Bumped by every new file or mapping, so a check still running for an older one stops. */
  let generation = 0;

  const today = () => deps.now().toISOString().slice(0, 10);
  /** The register, each pupil in this school year's year group (as the register shows them). */
  const existing = async () => (await deps.storage().pupils.getAll()).records.map((p) => withCurrentYearGroup(p, today()));

  /** Reads a chosen file: its bytes (any encoding is detected), or text already decoded. */
  async function choose(name: string, content: Uint8Array | string) {
    const mine = ++generation;
    result.value = null;
    problem.value = null;
    preview.value = null;
    source.value = null;
    stopped.value = null;
    fileName.value = name;
    progress.value = { done: 0, total: 0, phase: "Reading the file" };
    try {
      register = await existing();
    } catch (e) {
      if (mine === generation) {
        progress.value = null;
        problem.value = `The register could not be read to match pupils: ${e instanceof Error ? e.message : String(e)}`;
      }
      return;
    }
    if (mine !== generation) return;
    const settingName = deps.settingName?.();
    const request = { content, fileName: name, register, today: today(), ...(settingName ? { settingName } : {}) };
    settle(mine, await checker.read(request, onProgress(mine)));
  }

  const onProgress = (mine: number) => (p: ImportProgress) => {
    if (mine === generation) progress.value = p;
  };

  function settle(mine: number, reply: CheckerReply) {
    if (mine !== generation) return;
    progress.value = null;
    if (reply.ok === "stopped") return;
    if (!reply.ok) {
      problem.value = reply.message;
      return;
    }
    source.value = reply.source;
    preview.value = reply.preview;
  }

  /** Stops reading or checking a file; nothing has been saved, and the screen says so. */
  function cancel() {
    if (!progress.value || busy.value) return;
    generation++;
    checker.cancel();
    progress.value = null;
    preview.value = null;
    source.value = null;
    stopped.value = `Checking ${fileName.value} was stopped. Nothing was imported.`;
  }

  /** Shows why a file cannot be read without reading it (e.g. it is too big). */
  function refuse(name: string, message: string) {
    generation++;
    result.value = null;
    preview.value = null;
    source.value = null;
    progress.value = null;
    fileName.value = name;
    problem.value = message;
  }

  /** Lets the file change `field` on pupils already in the register, or keeps it as the register has it. */
  function setOverwrite(field: UpdateField, allowed: boolean) {
    const rest = overwrite.value.filter((f) => f !== field);
    overwrite.value = allowed ? [...rest, field] : rest;
  }

  /** Uses `column` of the CSV for `field` (null: not imported), and checks every row again. */
  async function setColumn(column: number, field: ImportField | null) {
    const s = source.value;
    if (!s || s.format !== "csv" || busy.value) return;
    const mine = ++generation;
    source.value = { ...s, mapping: mapColumn(s.mapping, column, field) };
    await check(mine);
  }

  async function check(mine: number) {
    const s = source.value;
    if (!s) return;
    settle(mine, await checker.check({ source: s, register, today: today() }, onProgress(mine)));
  }

  async function confirm() {
    const p = preview.value;
    if (!p || busy.value || progress.value) return;
    busy.value = true;
    problem.value = null;
    const now = deps.now().toISOString();
    const importId = deps.newId?.() ?? crypto.randomUUID();
    const options = { defaultTier: deps.defaultTier(), overwrite: overwrite.value, importId };
    const importable = p.rows.filter((r) => r.action !== "skip");
    const skipped: ImportResult["skipped"] = [];
    const records: Pupil[] = [];
    let added = 0;
    let updated = 0;
    let deletedMeanwhile = 0;
    let done = 0;
    const stores = deps.storage();
    try {
      const current = await existing();
      skipped.push(...applyImport(current, { rows: p.rows.filter((r) => r.action === "skip") }, now, options).skipped);
      progress.value = { done: 0, total: importable.length, phase: "Saving pupils" };
      for (let start = 0; start < importable.length; start += chunkSize) {
        const outcome = applyImport(current, { rows: importable.slice(start, start + chunkSize) }, now, options);
        records.push(...outcome.toAdd, ...outcome.toUpdate);
        skipped.push(...outcome.skipped);
        await nextTask();
      }
      // The journal is written first, so an import cut short is found next time and can be finished or undone.
      const touched = new Set(records.map((r) => r.id));
      const before = current.filter((pupil) => touched.has(pupil.id));
      await stores.importJournal?.put({ id: importId, fileName: fileName.value, startedAt: now, records, before });
      const beforeById = new Map(before.map((b) => [b.id, b]));
      for (let start = 0; start < records.length; start += chunkSize) {
        const chunk = records.slice(start, start + chunkSize);
        // One transaction per chunk: if it fails, none of its pupils are written and earlier chunks stay saved.
        const written = await saveChunk(stores, chunk, beforeById);
        for (const r of written) {
          if (beforeById.has(r.id)) updated++;
          else added++;
        }
        deletedMeanwhile += chunk.length - written.length;
        done += chunk.length;
        progress.value = { done, total: records.length, phase: "Saving pupils" };
        await nextTask();
      }
      await stores.importJournal?.clear();
      result.value = { added, updated, skipped: skippedRows(p.rows, skipped), fields: p.fields, ...(deletedMeanwhile ? { deletedMeanwhile } : {}) };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const saved = added + updated;
      const notSaved = Math.max(records.length, importable.length) - done;
      problem.value = stoppedMessage(saved, notSaved, reason, stores.importJournal !== undefined);
      result.value = { added, updated, skipped: skippedRows(p.rows, skipped), fields: p.fields, stopped: { saved, notSaved, reason } };
    } finally {
      if (added + updated > 0) announcePupilsChanged();
      preview.value = null;
      source.value = null;
      progress.value = null;
      busy.value = false;
    }
    if (result.value?.stopped) await interrupted.find();
  }

  async function censusCsv() {
    return censusCheckCsv(await existing());
  }

  return { preview, source, fileName, result, problem, busy, progress, stopped, overwrite, interrupted, choose, cancel, refuse, setColumn, setOverwrite, confirm, censusCsv };
}
export type ImportModel = ReturnType<typeof createImportModel>;

/**
 * Writes one chunk. Pupils already in the register are read again first and only the file's changes are laid
 * over them, so an edit made in another window while the import runs is kept; if one is saved in the moment
 * between that read and the write, the write is refused (revisions) and the chunk is read and tried again.
 * A pupil deleted meanwhile is left deleted. Returns what was written.
 */
async function saveChunk(stores: ImportStores, chunk: readonly Pupil[], before: ReadonlyMap<string, Pupil>): Promise<Pupil[]> {
  const updating = chunk.filter((r) => before.has(r.id)).map((r) => r.id);
  for (let attempt = 1; ; attempt++) {
    const fresh = updating.length && stores.pupils.getMany ? new Map((await stores.pupils.getMany(updating)).records.map((p) => [p.id, p])) : null;
    const writes = chunk.flatMap((r) => {
      const was = before.get(r.id);
      if (!was || !fresh) return [r];
      const now = fresh.get(r.id);
      return now ? [reapplyImport(was, r, now)] : [];
    });
    try {
      await stores.pupils.putMany(writes);
      return writes;
    } catch (error) {
      if (!isStaleWrite(error) || attempt >= 3) throw error;
    }
  }
}

const isStaleWrite = (error: unknown) => error instanceof Error && error.name === "StaleWriteError";

function stoppedMessage(saved: number, notSaved: number, error: string, journal: boolean): string {
  const reason = error.replace(/\.$/, "");
  if (saved === 0) {
    return `No pupils were saved: ${reason}. Nothing already in the register was changed.`;
  }
  const next = journal
    ? "Finish the import or undo it below."
    : "Choose the file again to import the rest: pupils are matched, not added twice.";
  return (
    `Saving stopped part-way: ${count(saved)} saved and ${count(notSaved)} not saved (${reason}). ` +
    `The pupils saved are in the register and nothing already stored was lost. ${next}`
  );
}

function count(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "pupil" : "pupils"}`;
}
