import type { SenNeedCode, SenStatusCode } from "../census-codes";
import type { Pupil } from "../pupil";
import { checkUpn } from "../upn";
import type { YearGroup } from "../year-group";
import type { ImportField } from "./headers";
import { readDate, readNeedCode, readSenStatus, readYearGroup } from "./values";

/**
 * One pupil as a file gives it, whatever the file type: a CSV row ("Row 14") or a pupil in a Common
 * Transfer File ("Pupil 3"). `label` starts every message about the row.
 */
export interface SourceRow {
  /** The row's number in the file (for a CSV the header is row 1), or the pupil's position in it. */
  rowNumber: number;
  label: string;
  /** The text given for each field; a field the file has no column for is absent. */
  cells: Partial<Record<ImportField, string>>;
}

/** What a row says about a pupil, read and checked; fields the row leaves blank are absent. */
export interface ImportValues {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  upn?: string;
  yearGroup?: YearGroup;
  senStatus?: SenStatusCode;
  /** When the pupil's SEN provision started, as an ISO date. */
  senSince?: string;
  primaryNeed?: SenNeedCode;
  secondaryNeed?: SenNeedCode;
}

export interface PreviewRow extends SourceRow {
  /** The row's cells trimmed, as written in the file. */
  cells: Partial<Record<ImportField, string>>;
  values: ImportValues;
  errors: string[];
  /** What importing would do: add a pupil, update the pupil with this UPN, or skip the row for its errors. */
  action: "add" | "update" | "skip";
  /** The id of the existing pupil an update applies to. */
  matchId?: string;
}

/**
 * Checks rows one at a time, in file order, against the pupils already in the register. It remembers the
 * UPNs it has seen, so a UPN repeated on a later row is reported there.
 */
export function rowChecker(existing: readonly Pupil[]): (row: SourceRow) => PreviewRow {
  const byUpn = new Map<string, Pupil>();
  for (const pupil of existing) if (pupil.upn) byUpn.set(pupil.upn, pupil);
  const seenUpn = new Map<string, string>();

  return ({ rowNumber, label, cells: given }) => {
    const cells: Partial<Record<ImportField, string>> = {};
    for (const [field, text] of Object.entries(given) as [ImportField, string | undefined][]) {
      if (text !== undefined) cells[field] = text.trim();
    }
    const { values, errors } = readRow(label, cells);
    let matchId: string | undefined;
    if (values.upn) {
      const earlier = seenUpn.get(values.upn);
      if (earlier !== undefined) errors.push(`${label}: UPN ${values.upn} is already on ${lowerFirst(earlier)}.`);
      else seenUpn.set(values.upn, label);
      matchId = byUpn.get(values.upn)?.id;
    }
    if (!matchId) {
      if (!values.firstName) errors.push(`${label}: no first name`);
      if (!values.lastName) errors.push(`${label}: no surname`);
      if (!values.dateOfBirth && !cells.dateOfBirth) errors.push(`${label}: no date of birth`);
    }
    const action = errors.length > 0 ? "skip" : matchId ? "update" : "add";
    return { rowNumber, label, cells, values, errors, action, ...(matchId && action === "update" ? { matchId } : {}) };
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function readRow(label: string, cells: Partial<Record<ImportField, string>>) {
  const values: ImportValues = {};
  const errors: string[] = [];
  if (cells.firstName) values.firstName = cells.firstName;
  if (cells.lastName) values.lastName = cells.lastName;
  if (cells.upn) {
    const upn = checkUpn(cells.upn);
    if (upn.ok) values.upn = upn.upn;
    else errors.push(`${label}: ${upn.message}`);
  }
  const dateOfBirth = readDateCell(label, "date of birth", cells.dateOfBirth, errors);
  if (dateOfBirth) values.dateOfBirth = dateOfBirth;
  if (cells.yearGroup) {
    const year = readYearGroup(cells.yearGroup);
    if (year) values.yearGroup = year;
    else errors.push(`${label}: unknown year group ${cells.yearGroup}`);
  }
  if (cells.senStatus !== undefined) {
    const status = readSenStatus(cells.senStatus);
    if (status) values.senStatus = status;
    else errors.push(`${label}: unknown SEN provision ${cells.senStatus}: use N, K or E`);
  }
  const senSince = readDateCell(label, "SEN provision start date", cells.senSince, errors);
  if (senSince) values.senSince = senSince;
  for (const field of ["primaryNeed", "secondaryNeed"] as const) {
    const text = cells[field];
    if (!text) continue;
    const code = readNeedCode(text);
    if (code) values[field] = code;
    else errors.push(`${label}: unknown SEN need code ${text}`);
  }
  errors.push(...needErrors(label, values));
  return { values, errors };
}

function readDateCell(label: string, what: string, text: string | undefined, errors: string[]): string | undefined {
  if (!text) return undefined;
  const date = readDate(text);
  if (date.ok) return date.date;
  if (date.reason === "impossible") errors.push(`${label}: ${what} ${text} is not a real date`);
  else errors.push(`${label}: ${what} ${text} is not written as dd/mm/yyyy or yyyy-mm-dd`);
  return undefined;
}

function needErrors(label: string, v: ImportValues): string[] {
  const errors: string[] = [];
  const needs = [v.primaryNeed, v.secondaryNeed].filter((n) => n !== undefined);
  if (v.secondaryNeed && !v.primaryNeed) errors.push(`${label}: secondary need ${v.secondaryNeed} without a primary need`);
  if (needs.includes("NSA") && v.senStatus !== undefined && v.senStatus !== "K") {
    errors.push(`${label}: NSA (no specialist assessment) can only be used for a pupil at SEN support (K)`);
  }
  if (needs.includes("NSA") && needs.length > 1) errors.push(`${label}: NSA cannot sit beside another need`);
  if (v.primaryNeed && v.primaryNeed === v.secondaryNeed) {
    errors.push(`${label}: ${v.primaryNeed} is both the primary and the secondary need`);
  }
  if (needs.length > 0 && (v.senStatus === "none" || v.senStatus === "monitoring")) {
    errors.push(`${label}: SEN need ${needs.join(", ")} given for a pupil with SEN provision N`);
  }
  return errors;
}
