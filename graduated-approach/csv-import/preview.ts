import type { Pupil } from "../pupil";
import { rowChecker, type PreviewRow, type SourceRow } from "./check-row";
import { IMPORT_FIELDS, recogniseHeaders, type ImportField } from "./headers";
import { csvSourceRows, mappingNotices, unusedHeaders, type ColumnMapping } from "./mapping";
import { parseCsv, type CsvDelimiter, type CsvTable } from "./parse-csv";

export type { ImportValues, PreviewRow, SourceRow } from "./check-row";

export interface ImportPreview {
  /** A CSV pupil list, or a Common Transfer File (XML). */
  format: "csv" | "ctf";
  /** For a CSV: the separator found. */
  delimiter?: CsvDelimiter;
  /** For a CSV: every column heading, in file order. */
  headers: string[];
  /** For a CSV: the column each field is read from. */
  columns: ColumnMapping;
  unrecognisedHeaders: string[];
  /** Statements about the whole file, e.g. a required field no column fills. */
  notices: string[];
  /** The fields the rows give, in the usual order. */
  fields: ImportField[];
  rows: PreviewRow[];
  counts: { rows: number; add: number; update: number; skip: number };
}

/** What a preview says about the file as a whole; everything is optional (a CTF has no columns). */
export type PreviewMeta = Partial<Pick<ImportPreview, "format" | "delimiter" | "headers" | "columns" | "unrecognisedHeaders" | "notices">>;

/** Counts checked rows and puts them with what is known about the file. */
export function summarisePreview(rows: PreviewRow[], meta: PreviewMeta = {}): ImportPreview {
  const counts = { rows: rows.length, add: 0, update: 0, skip: 0 };
  const given = new Set<ImportField>();
  for (const row of rows) {
    counts[row.action]++;
    for (const field of Object.keys(row.cells) as ImportField[]) given.add(field);
  }
  const mapped = IMPORT_FIELDS.filter((field) => meta.columns?.[field] !== undefined);
  return {
    format: meta.format ?? "csv",
    ...(meta.delimiter ? { delimiter: meta.delimiter } : {}),
    headers: meta.headers ?? [],
    columns: meta.columns ?? {},
    unrecognisedHeaders: meta.unrecognisedHeaders ?? [],
    notices: meta.notices ?? [],
    fields: mapped.length > 0 ? mapped : IMPORT_FIELDS.filter((field) => given.has(field)),
    rows,
    counts,
  };
}

/** Checks source rows from any file type and plans the import against the pupils already in the register. */
export function previewRows(source: readonly SourceRow[], existing: readonly Pupil[], meta: PreviewMeta = {}): ImportPreview {
  return summarisePreview(source.map(rowChecker(existing)), meta);
}

/** What a preview of this CSV table with this mapping says about the file as a whole. */
export function csvPreviewMeta(table: CsvTable, mapping: ColumnMapping): PreviewMeta {
  return {
    format: "csv",
    delimiter: table.delimiter,
    headers: table.headers,
    columns: mapping,
    unrecognisedHeaders: unusedHeaders(table.headers, mapping),
    notices: mappingNotices(table.headers, mapping),
  };
}

/**
 * Reads MIS-exported CSV text and plans the import against the pupils already in the register. Columns are
 * matched by their headings unless `mapping` says which column holds each field.
 */
export function previewImport(text: string, existing: readonly Pupil[], mapping?: ColumnMapping): ImportPreview {
  const table = parseCsv(text);
  const columns = mapping ?? recogniseHeaders(table.headers).columns;
  return previewRows(csvSourceRows(table, columns), existing, csvPreviewMeta(table, columns));
}
