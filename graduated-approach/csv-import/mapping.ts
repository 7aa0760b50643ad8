import type { SourceRow } from "./check-row";
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, looksLikeSen, type ImportField } from "./headers";
import type { CsvTable } from "./parse-csv";

/** Which column (by index) fills each field; a field no column fills is absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Fields a new pupil cannot be added without. */
export const REQUIRED_FOR_NEW = ["firstName", "lastName", "dateOfBirth"] as const satisfies readonly ImportField[];

export function fieldForColumn(mapping: ColumnMapping, column: number): ImportField | undefined {
  return IMPORT_FIELDS.find((field) => mapping[field] === column);
}

/**
 * The mapping with `column` used for `field` (or for nothing when `field` is null). A field fills from one
 * column only, so the column that held `field` before is let go.
 */
export function mapColumn(mapping: ColumnMapping, column: number, field: ImportField | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const f of IMPORT_FIELDS) {
    const index = mapping[f];
    if (index !== undefined && index !== column && f !== field) next[f] = index;
  }
  if (field) next[field] = column;
  return next;
}

/** The fields a column can be set to: its own and those no other column fills, in the usual order. */
export function fieldsFreeFor(mapping: ColumnMapping, column: number): ImportField[] {
  return IMPORT_FIELDS.filter((field) => mapping[field] === undefined || mapping[field] === column);
}

/** Headers of the columns that are not imported (blank headers left out). */
export function unusedHeaders(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((header, index) => !used.has(index) && header.trim() !== "").map((h) => h.trim());
}

/** The table's data rows as source rows labelled "Row n", with a cell for every mapped field. */
export function csvSourceRows(table: CsvTable, mapping: ColumnMapping): SourceRow[] {
  const mapped = IMPORT_FIELDS.filter((field) => mapping[field] !== undefined);
  return table.rows.map(({ rowNumber, cells: raw }) => {
    const cells: SourceRow["cells"] = {};
    for (const field of mapped) cells[field] = (raw[mapping[field]!] ?? "").trim();
    return { rowNumber, label: `Row ${rowNumber}`, cells };
  });
}

export const NO_KNOWN_COLUMNS = "No known columns were found: choose below what each column holds.";
export const ONE_COLUMN =
  "No known columns were found. The file has only one column, so its values may be separated by something other " +
  "than commas, semicolons or tabs: save it from your MIS as CSV (comma separated) and choose it again.";

/** What the mapping leaves out that matters, in plain words, to state above the preview. */
export function mappingNotices(headers: readonly string[], mapping: ColumnMapping): string[] {
  if (IMPORT_FIELDS.every((field) => mapping[field] === undefined)) {
    return [headers.length <= 1 ? ONE_COLUMN : NO_KNOWN_COLUMNS];
  }
  const named = mapping.fullName !== undefined;
  const missing: ImportField[] = REQUIRED_FOR_NEW.filter(
    (field) => mapping[field] === undefined && !(named && (field === "firstName" || field === "lastName")),
  );
  const hasUpn = mapping.upn !== undefined;
  if (missing.length === 0) {
    return hasUpn
      ? []
      : ["No column is used for UPN, so pupils cannot be matched with those already in the register: every row will be added as a new pupil."];
  }
  if (!hasUpn) missing.push("upn");
  const names = listWithOr(missing.map((field) => IMPORT_FIELD_LABELS[field]));
  const choose = missing.length === 1 ? "choose one below" : "choose them below";
  const otherwise = hasUpn ? "only existing pupils matched by UPN can be updated" : "no pupils can be imported";
  return [`No column is used for ${names}: ${choose}, or ${otherwise}.`];
}

function listWithOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * Columns left out whose headings look like SEN data ("SEN need 4", "EHCP date"), each named, so nothing about
 * a pupil's needs is dropped without a word.
 */
export function senColumnsLeftOut(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  const noNeeds =
    mapping.senStatus !== undefined && mapping.primaryNeed === undefined
      ? ["No column is used for Primary need, so pupils at SEN support (K) or with an EHC plan (E) are imported with no needs: choose the column below if the file has one."]
      : [];
  return noNeeds.concat(headers.flatMap((header, index) =>
    !used.has(index) && looksLikeSen(header)
      ? [`The column “${header.trim()}” looks like SEN information but is not imported: choose below what it holds, or leave it out on purpose.`]
      : [],
  ));
}
