import { announcePupilsChanged } from "./records-changed";
import { signal } from "@preact/signals";
import {
  applyImport, csvPreviewMeta, csvSourceRows, mapColumn, parseCsv, recogniseHeaders, rowChecker, skippedRows, sniffFile,
  summarisePreview, XML_NOT_CTF,
  type ColumnMapping, type CsvTable, type ImportField, type ImportPreview, type ImportResult, type PreviewMeta,
  type PreviewRow, type SkippedRow, type SourceRow,
} from "@/graduated-approach/csv-import";
import { looksLikeCtf, readCtf } from "@/graduated-approach/ctf-import";
import { censusCheckCsv } from "@/graduated-approach/census-export";
import type { Pupil } from "@/graduated-approach/pupil";

export interface ImportDeps {
  storage(): { pupils: { getAll(): Promise<{ records: Pupil[] }>; putMany(list: readonly Pupil[]): Promise<void> } };
  now(): Date;
  /** Tier for new pupils: the loaded framework's lowest tier. */
  defaultTier(): string;
  /** Rows checked, and pupils saved, between pauses that let the page respond. */
  chunkSize?: number;
}

/** Where the school that made a Common Transfer File says it came from. */
export interface CtfOrigin {
  schoolName?: string;
  laEstab?: string;
  createdAt?: string;
}

/** The file as read: a CSV table with the column chosen for each field, or the pupils of a CTF. */
export type ImportSource =
  | { format: "csv"; table: CsvTable; mapping: ColumnMapping }
  | { format: "ctf"; rows: SourceRow[]; origin: CtfOrigin };

export interface ImportProgress {
  done: number;
  total: number;
  phase: "Checking rows" | "Saving pupils";
}

/** What an import did. `stopped` is set when saving failed part-way: the counts are what was saved. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: SkippedRow[];
  /** The fields the file gave, for the skipped rows' download. */
  fields: ImportField[];
  stopped?: { saved: number; notSaved: number; reason: string };
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
  let register: Pupil[] = [];
  /** Bumped by every new file or mapping, so a check still running for an older one stops. */
  let generation = 0;

  const existing = async () => (await deps.storage().pupils.getAll()).records;

  async function choose(name: string, text: string) {
    const mine = ++generation;
    result.value = null;
    problem.value = null;
    preview.value = null;
    source.value = null;
    progress.value = null;
    fileName.value = name;
    const read = readSource(text, name);
    if (!read.ok) {
      problem.value = read.message;
      return;
    }
    try {
      register = await existing();
    } catch (e) {
      if (mine === generation) problem.value = `The register could not be read to match pupils: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    if (mine !== generation) return;
    source.value = read.source;
    await check(mine);
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
    const rows = s.format === "csv" ? csvSourceRows(s.table, s.mapping) : s.rows;
    const meta: PreviewMeta = s.format === "csv" ? csvPreviewMeta(s.table, s.mapping) : { format: "ctf" };
    const today = deps.now().toISOString().slice(0, 10);
    const asOf = s.format === "ctf" && /^\d{4}-\d{2}-\d{2}/.test(s.origin.createdAt ?? "") ? s.origin.createdAt!.slice(0, 10) : today;
    const checkRow = rowChecker(register, { asOf, today });
    const checked: PreviewRow[] = [];
    const total = rows.length;
    progress.value = { done: 0, total, phase: "Checking rows" };
    for (let start = 0; start < total; start += chunkSize) {
      for (const row of rows.slice(start, start + chunkSize)) checked.push(checkRow(row));
      progress.value = { done: Math.min(start + chunkSize, total), total, phase: "Checking rows" };
      await nextTask();
      if (mine !== generation) return;
    }
    preview.value = summarisePreview(checked, meta);
    progress.value = null;
  }

  async function confirm() {
    const p = preview.value;
    if (!p || busy.value || progress.value) return;
    busy.value = true;
    problem.value = null;
    const now = deps.now().toISOString();
    const options = { defaultTier: deps.defaultTier() };
    const importable = p.rows.filter((r) => r.action !== "skip");
    const skipped: ImportResult["skipped"] = [];
    let added = 0;
    let updated = 0;
    let done = 0;
    try {
      const current = await existing();
      skipped.push(...applyImport(current, { ...p, rows: p.rows.filter((r) => r.action === "skip") }, now, options).skipped);
      progress.value = { done: 0, total: importable.length, phase: "Saving pupils" };
      for (let start = 0; start < importable.length; start += chunkSize) {
        const chunk = importable.slice(start, start + chunkSize);
        const outcome = applyImport(current, { ...p, rows: chunk }, now, options);
        // One transaction per chunk: if it fails, none of its pupils are written and earlier chunks stay saved.
        await deps.storage().pupils.putMany([...outcome.toAdd, ...outcome.toUpdate]);
        skipped.push(...outcome.skipped);
        added += outcome.toAdd.length;
        updated += outcome.toUpdate.length;
        done += chunk.length;
        progress.value = { done, total: importable.length, phase: "Saving pupils" };
        await nextTask();
      }
      result.value = { added, updated, skipped: skippedRows(p.rows, skipped), fields: p.fields };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const saved = added + updated;
      const notSaved = importable.length - done;
      problem.value = stoppedMessage(saved, notSaved, reason);
      result.value = { added, updated, skipped: skippedRows(p.rows, skipped), fields: p.fields, stopped: { saved, notSaved, reason } };
    } finally {
      if (added + updated > 0) announcePupilsChanged();
      preview.value = null;
      source.value = null;
      progress.value = null;
      busy.value = false;
    }
  }

  async function censusCsv() {
    return censusCheckCsv(await existing());
  }

  return { preview, source, fileName, result, problem, busy, progress, choose, setColumn, confirm, censusCsv };
}
export type ImportModel = ReturnType<typeof createImportModel>;

type SourceRead = { ok: true; source: ImportSource } | { ok: false; message: string };

/** Tells a Common Transfer File from a CSV, and says plainly why a file that is neither cannot be read. */
function readSource(text: string, fileName: string): SourceRead {
  const kind = sniffFile(text);
  if (kind.kind === "problem") return { ok: false, message: kind.message };
  // Common Transfer File: its pupils go straight to the row checks (no columns to choose).
  if (looksLikeCtf(text)) {
    const ctf = readCtf(text, fileName);
    if (!ctf.ok) return ctf;
    if (ctf.rows.length === 0) return { ok: false, message: noPupilsInCtf(ctf.source) };
    return { ok: true, source: { format: "ctf", rows: ctf.rows, origin: ctf.source } };
  }
  if (kind.kind === "xml") return { ok: false, message: XML_NOT_CTF };
  const table = parseCsv(text);
  if (table.rows.length === 0) return { ok: false, message: "The file has a heading row but no pupils in it." };
  return { ok: true, source: { format: "csv", table, mapping: recogniseHeaders(table.headers).columns } };
}

function noPupilsInCtf(origin: CtfOrigin): string {
  const from = origin.schoolName ? ` from ${origin.schoolName}` : "";
  return `The Common Transfer File${from} has no pupils in it, so there is nothing to import.`;
}

function stoppedMessage(saved: number, notSaved: number, error: string): string {
  const reason = error.replace(/\.$/, "");
  if (saved === 0) {
    return `No pupils were saved: ${reason}. Nothing already in the register was changed.`;
  }
  return (
    `Saving stopped part-way: ${count(saved)} saved and ${count(notSaved)} not saved (${reason}). ` +
    "The pupils saved are in the register and nothing already stored was lost. " +
    "Choose the file again to import the rest: pupils with a UPN are matched, not added twice."
  );
}

function count(n: number): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? "pupil" : "pupils"}`;
}

/** Lets the page paint and respond to input before the next chunk. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
