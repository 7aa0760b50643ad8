import { looksLikeCtf, readCtf, type CtfSource } from "../ctf-import";
import type { SourceRow } from "./check-row";
import { decodeFile } from "./decode-file";
import { sniffFile, XML_NOT_CTF } from "./file-kind";
import { recogniseHeaders } from "./headers";
import { csvSourceRows, type ColumnMapping } from "./mapping";
import { parseCsv, type CsvTable } from "./parse-csv";
import { csvPreviewMeta, type PreviewMeta } from "./preview";

/** The largest file an import reads: a whole secondary school's CTF is a few megabytes. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The file as read: a CSV table with the column chosen for each field, or the pupils of a CTF. */
export type ImportSource = (
  | { format: "csv"; table: CsvTable; mapping: ColumnMapping }
  | { format: "ctf"; rows: SourceRow[]; origin: CtfSource }
) & {
  /** What was done to read the file (its encoding), for the preview. */
  information: string[];
  /** Statements about the file that need a look (e.g. a CTF meant for another school). */
  notices: string[];
};

export type SourceRead = { ok: true; source: ImportSource } | { ok: false; message: string };

/** "31.2 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}

export function tooBigMessage(bytes: number): string {
  return (
    `The file is ${megabytes(bytes)}, bigger than the ${megabytes(MAX_FILE_BYTES)} an import can read. ` +
    "Export fewer pupils at a time (for example one year group), or only the columns the import needs."
  );
}

export interface ReadOptions {
  /** This setting's name, to say when a CTF was made for another school. */
  settingName?: string;
}

/** Decodes the file, tells a Common Transfer File from a CSV, and says plainly why a file that is neither cannot be read. */
export function readImportFile(content: Uint8Array | string, fileName: string, options: ReadOptions = {}): SourceRead {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) return { ok: false, message: tooBigMessage(size) };
  const { text, information } = typeof content === "string" ? { text: content, information: [] } : decodeFile(content);
  const kind = sniffFile(text);
  if (kind.kind === "problem") return { ok: false, message: kind.message };
  if (looksLikeCtf(text)) {
    const ctf = readCtf(text, fileName, options);
    if (!ctf.ok) return ctf;
    if (ctf.rows.length === 0) return { ok: false, message: noPupilsInCtf(ctf.source) };
    const all = [...information, ...ctf.information];
    return { ok: true, source: { format: "ctf", rows: ctf.rows, origin: ctf.source, information: all, notices: ctf.notices } };
  }
  if (kind.kind === "xml") return { ok: false, message: notCtfMessage(text) };
  const table = parseCsv(text);
  if (table.rows.length === 0) return { ok: false, message: "The file has a heading row but no pupils in it." };
  return { ok: true, source: { format: "csv", table, mapping: recogniseHeaders(table.headers).columns, information, notices: [] } };
}

/** The rows of a source, as the row checks take them. */
export function sourceRows(source: ImportSource): SourceRow[] {
  return source.format === "csv" ? csvSourceRows(source.table, source.mapping) : source.rows;
}

/** What the preview says about the source as a whole. */
export function sourceMeta(source: ImportSource): PreviewMeta {
  if (source.format === "csv") {
    const meta = csvPreviewMeta(source.table, source.mapping, source.information);
    return { ...meta, notices: [...source.notices, ...(meta.notices ?? [])] };
  }
  return { format: "ctf", information: source.information, notices: source.notices };
}

/** The date a source's year groups are as of: a CTF's own date, or today for a CSV. */
export function sourceAsOf(source: ImportSource, today: string): string {
  const made = source.format === "ctf" ? source.origin.createdAt : undefined;
  return made && /^\d{4}-\d{2}-\d{2}/.test(made) && made.slice(0, 10) <= today ? made.slice(0, 10) : today;
}

function noPupilsInCtf(origin: CtfSource): string {
  const from = origin.schoolName ? ` from ${origin.schoolName}` : "";
  return `The Common Transfer File${from} has no pupils in it, so there is nothing to import.`;
}

/** An SEN2 return is the local authority's statutory EHC plan return, not a pupil list a school exports. */
function notCtfMessage(text: string): string {
  if (/<(?:[\w.-]+:)?SEN2[\s>/]/.test(text.slice(0, 4096))) {
    return (
      "This is an SEN2 return, the statutory data on EHC plans that a local authority sends to the DfE. It is not " +
      "a pupil list from a school: choose a Common Transfer File or a CSV exported from your MIS."
    );
  }
  return XML_NOT_CTF;
}
