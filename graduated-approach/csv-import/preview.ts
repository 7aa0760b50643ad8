import type { SenNeedCode, SenStatusCode } from "../census-codes";
import type { Pupil } from "../pupil";
import { checkUpn } from "../upn";
import type { YearGroup } from "../year-group";
import { IMPORT_FIELDS, recogniseHeaders, type ImportField } from "./headers";
import { parseCsv, type CsvDelimiter } from "./parse-csv";
import { readDate, readNeedCode, readSenStatus, readYearGroup } from "./values";

/** What a row says about a pupil, read and checked; fields the row leaves blank are absent. */
export interface ImportValues {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  upn?: string;
  yearGroup?: YearGroup;
  senStatus?: SenStatusCode;
  primaryNeed?: SenNeedCode;
  secondaryNeed?: SenNeedCode;
}

export interface PreviewRow {
  /** The row's number in the file; the header is row 1. */
  rowNumber: number;
  /** The row's cells for each recognised column, trimmed, as written in the file. */
  cells: Partial<Record<ImportField, string>>;
  values: ImportValues;
  errors: string[];
  /** What importing would do: add a pupil, update the pupil with this UPN, or skip the row for its errors. */
  action: "add" | "update" | "skip";
  /** The id of the existing pupil an update applies to. */
  matchId?: string;
}

export interface ImportPreview {
  delimiter: CsvDelimiter;
  columns: Partial<Record<ImportField, number>>;
  unrecognisedHeaders: string[];
  rows: PreviewRow[];
  counts: { rows: number; add: number; update: number; skip: number };
}

/** Reads MIS-exported CSV text and plans the import against the pupils already in the register. */
export function previewImport(text: string, existing: readonly Pupil[]): ImportPreview {
  const table = parseCsv(text);
  const { columns, unrecognised } = recogniseHeaders(table.headers);
  const byUpn = new Map<string, Pupil>();
  for (const pupil of existing) if (pupil.upn) byUpn.set(pupil.upn, pupil);
  const seenUpn = new Map<string, number>();
  const counts = { rows: 0, add: 0, update: 0, skip: 0 };

  const rows = table.rows.map(({ rowNumber, cells: raw }): PreviewRow => {
    const cells: Partial<Record<ImportField, string>> = {};
    for (const field of IMPORT_FIELDS) {
      const index = columns[field];
      if (index !== undefined) cells[field] = (raw[index] ?? "").trim();
    }
    const { values, errors } = readRow(rowNumber, cells);
    let matchId: string | undefined;
    if (values.upn) {
      const earlier = seenUpn.get(values.upn);
      if (earlier !== undefined) errors.push(`Row ${rowNumber}: UPN ${values.upn} is already on row ${earlier}.`);
      else seenUpn.set(values.upn, rowNumber);
      matchId = byUpn.get(values.upn)?.id;
    }
    if (!matchId) {
      if (!values.firstName) errors.push(`Row ${rowNumber}: no first name`);
      if (!values.lastName) errors.push(`Row ${rowNumber}: no surname`);
      if (!values.dateOfBirth && !cells.dateOfBirth) errors.push(`Row ${rowNumber}: no date of birth`);
    }
    const action = errors.length > 0 ? "skip" : matchId ? "update" : "add";
    counts.rows++;
    counts[action]++;
    return { rowNumber, cells, values, errors, action, ...(matchId && action === "update" ? { matchId } : {}) };
  });

  return { delimiter: table.delimiter, columns, unrecognisedHeaders: unrecognised, rows, counts };
}

function readRow(row: number, cells: Partial<Record<ImportField, string>>) {
  const values: ImportValues = {};
  const errors: string[] = [];
  if (cells.firstName) values.firstName = cells.firstName;
  if (cells.lastName) values.lastName = cells.lastName;
  if (cells.upn) {
    const upn = checkUpn(cells.upn);
    if (upn.ok) values.upn = upn.upn;
    else errors.push(`Row ${row}: ${upn.message}`);
  }
  if (cells.dateOfBirth) {
    const date = readDate(cells.dateOfBirth);
    if (date.ok) values.dateOfBirth = date.date;
    else if (date.reason === "impossible") errors.push(`Row ${row}: date of birth ${cells.dateOfBirth} is not a real date`);
    else errors.push(`Row ${row}: date of birth ${cells.dateOfBirth} is not written as dd/mm/yyyy or yyyy-mm-dd`);
  }
  if (cells.yearGroup) {
    const year = readYearGroup(cells.yearGroup);
    if (year) values.yearGroup = year;
    else errors.push(`Row ${row}: unknown year group ${cells.yearGroup}`);
  }
  if (cells.senStatus !== undefined) {
    const status = readSenStatus(cells.senStatus);
    if (status) values.senStatus = status;
    else errors.push(`Row ${row}: unknown SEN provision ${cells.senStatus}: use N, K or E`);
  }
  for (const field of ["primaryNeed", "secondaryNeed"] as const) {
    const text = cells[field];
    if (!text) continue;
    const code = readNeedCode(text);
    if (code) values[field] = code;
    else errors.push(`Row ${row}: unknown SEN need code ${text}`);
  }
  errors.push(...needErrors(row, values));
  return { values, errors };
}

function needErrors(row: number, v: ImportValues): string[] {
  const errors: string[] = [];
  const needs = [v.primaryNeed, v.secondaryNeed].filter((n) => n !== undefined);
  if (v.secondaryNeed && !v.primaryNeed) errors.push(`Row ${row}: secondary need ${v.secondaryNeed} without a primary need`);
  if (needs.includes("NSA") && v.senStatus !== undefined && v.senStatus !== "K") {
    errors.push(`Row ${row}: NSA (no specialist assessment) can only be used for a pupil at SEN support (K)`);
  }
  if (needs.includes("NSA") && needs.length > 1) errors.push(`Row ${row}: NSA cannot sit beside another need`);
  if (v.primaryNeed && v.primaryNeed === v.secondaryNeed) {
    errors.push(`Row ${row}: ${v.primaryNeed} is both the primary and the secondary need`);
  }
  if (needs.length > 0 && (v.senStatus === "none" || v.senStatus === "monitoring")) {
    errors.push(`Row ${row}: SEN need ${needs.join(", ")} given for a pupil with SEN provision N`);
  }
  return errors;
}
