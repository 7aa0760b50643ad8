import type { Pupil } from "../pupil";
import { rowChecker, sameDay, type PreviewRow, type RowDates, type SourceRow, type Translation } from "./check-row";
import { IMPORT_FIELDS, recogniseHeaders, type ImportField } from "./headers";
import { csvSourceRows, mappingNotices, senColumnsLeftOut, unusedHeaders, type ColumnMapping } from "./mapping";
import { parseCsv, type CsvDelimiter, type CsvTable } from "./parse-csv";
import { NAME_SPLIT_RULE } from "./split-name";

export type { ImportValues, PreviewRow, RowDates, SourceRow, Translation } from "./check-row";

/** One way the file wrote a value, what the register will store for it, and on how many rows. */
export interface TranslationSummary extends Translation {
  rows: number;
}

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
  /** Problems with the file as a whole that need a choice, e.g. a required field no column fills. */
  notices: string[];
  /** What was done to read the file, worth knowing but needing nothing: the encoding, the heading row, the name rule. */
  information: string[];
  /** The fields the rows give, in the usual order. */
  fields: ImportField[];
  /** Every value stored differently from how the file wrote it, most frequent first. */
  translations: TranslationSummary[];
  rows: PreviewRow[];
  counts: { rows: number; add: number; update: number; skip: number };
  /** How many rows have warnings (they are still imported). */
  rowsWithWarnings: number;
}

/** What a preview says about the file as a whole; everything is optional (a CTF has no columns). */
export type PreviewMeta = Partial<
  Pick<ImportPreview, "format" | "delimiter" | "headers" | "columns" | "unrecognisedHeaders" | "notices" | "information">
>;

/** Counts checked rows and puts them with what is known about the file. */
export function summarisePreview(rows: PreviewRow[], meta: PreviewMeta = {}): ImportPreview {
  const counts = { rows: rows.length, add: 0, update: 0, skip: 0 };
  let rowsWithWarnings = 0;
  const given = new Set<ImportField>();
  const translations = new Map<string, TranslationSummary>();
  for (const row of rows) {
    counts[row.action]++;
    if (row.warnings.length > 0) rowsWithWarnings++;
    for (const field of Object.keys(row.cells) as ImportField[]) given.add(field);
    for (const t of row.translations) {
      const key = `${t.field}\u0000${t.said}\u0000${t.stored}`;
      const seen = translations.get(key);
      if (seen) seen.rows++;
      else translations.set(key, { ...t, rows: 1 });
    }
  }
  const mapped = IMPORT_FIELDS.filter((field) => meta.columns?.[field] !== undefined);
  const summary = [...translations.values()].sort((a, b) => b.rows - a.rows);
  const oldValues = [...new Set(summary.flatMap((t) => (t.notice ? [t.notice] : [])))];
  return {
    format: meta.format ?? "csv",
    ...(meta.delimiter ? { delimiter: meta.delimiter } : {}),
    headers: meta.headers ?? [],
    columns: meta.columns ?? {},
    unrecognisedHeaders: meta.unrecognisedHeaders ?? [],
    notices: meta.notices ?? [],
    information: [...(meta.information ?? []), ...oldValues],
    fields: mapped.length > 0 ? mapped : IMPORT_FIELDS.filter((field) => given.has(field)),
    translations: summary,
    rows,
    counts,
    rowsWithWarnings,
  };
}

/** Checks source rows from any file type and plans the import against the pupils already in the register. */
export function previewRows(
  source: readonly SourceRow[],
  existing: readonly Pupil[],
  meta: PreviewMeta = {},
  dates: RowDates = sameDay(new Date().toISOString().slice(0, 10)),
): ImportPreview {
  return summarisePreview(source.map(rowChecker(existing, dates)), meta);
}

/** What a preview of this CSV table with this mapping says about the file as a whole. */
export function csvPreviewMeta(table: CsvTable, mapping: ColumnMapping, information: readonly string[] = []): PreviewMeta {
  const info = [...information];
  if (table.headerRowNumber > 1) {
    const above = table.headerRowNumber - 1;
    info.push(`The column headings are on row ${table.headerRowNumber}; the ${above === 1 ? "row" : `${above} rows`} above them ${above === 1 ? "is" : "are"} left out.`);
  }
  if (mapping.fullName !== undefined && (mapping.firstName === undefined || mapping.lastName === undefined)) {
    info.push(`Names are split from the “${table.headers[mapping.fullName]}” column: ${NAME_SPLIT_RULE}`);
  }
  return {
    format: "csv",
    delimiter: table.delimiter,
    headers: table.headers,
    columns: mapping,
    unrecognisedHeaders: unusedHeaders(table.headers, mapping),
    notices: [...mappingNotices(table.headers, mapping), ...senColumnsLeftOut(table.headers, mapping)],
    information: info,
  };
}

/**
 * Reads MIS-exported CSV text and plans the import against the pupils already in the register. Columns are
 * matched by their headings unless `mapping` says which column holds each field.
 */
export function previewImport(
  text: string,
  existing: readonly Pupil[],
  mapping?: ColumnMapping,
  dates: RowDates = sameDay(new Date().toISOString().slice(0, 10)),
): ImportPreview {
  const table = parseCsv(text);
  const columns = mapping ?? recogniseHeaders(table.headers).columns;
  return previewRows(csvSourceRows(table, columns), existing, csvPreviewMeta(table, columns), dates);
}
