import type { Pupil } from "../pupil";
import type { ImportField } from "./headers";
import { updatedPupil } from "./apply";
import { readRow, type ImportValues, type RowDates, type Translation } from "./read-row";
import { fieldChanges, type FieldChange } from "./update-fields";

export type { ImportValues, RowDates, Translation } from "./read-row";

/**
 * One pupil as a file gives it, whatever the file type: a CSV row ("Row 14") or a pupil in a Common
 * Transfer File ("Pupil 3"). `label` starts every message about the row.
 */
export interface SourceRow {
  /** The row's number in the file, or the pupil's position in it. */
  rowNumber: number;
  label: string;
  /** The text given for each field; a field the file has no column for is absent. */
  cells: Partial<Record<ImportField, string>>;
  /** What the reader of the file noticed about this pupil (e.g. a CTF's undated SEN entry). */
  warnings?: string[];
}

export interface PreviewRow extends SourceRow {
  /** The row's cells trimmed, as written in the file. */
  cells: Partial<Record<ImportField, string>>;
  values: ImportValues;
  errors: string[];
  /** Worth a look, but the row is still imported. */
  warnings: string[];
  /** Values stored differently from how the file wrote them. */
  translations: Translation[];
  /** What importing would do: add a pupil, update a matched pupil, or skip the row for its errors. */
  action: "add" | "update" | "skip";
  /** The id of the existing pupil an update applies to. */
  matchId?: string;
  /** How the row was matched to that pupil. */
  matchedBy?: "upn" | "name and date of birth";
  /** For an update: every field the row would change if the file may overwrite it, before → after. */
  changes?: FieldChange[];
}

/** Today as the default for both dates: a CSV's year groups are taken as current. */
export function sameDay(today: string): RowDates {
  return { asOf: today, today };
}

const nameKey = (first: string, last: string, dob: string) =>
  `${first.trim().toLowerCase()}|${last.trim().toLowerCase()}|${dob}`;

/**
 * Checks rows one at a time, in file order, against the pupils already in the register. It remembers the
 * UPNs it has seen, so a UPN repeated on a later row is reported there. A row is matched by UPN, or else by
 * first name, surname and date of birth together with a pupil who has no UPN or the same one.
 */
export function rowChecker(existing: readonly Pupil[], dates: RowDates): (row: SourceRow) => PreviewRow {
  const byUpn = new Map<string, Pupil>();
  const byName = new Map<string, Pupil[]>();
  for (const pupil of existing) {
    if (pupil.upn) byUpn.set(pupil.upn, pupil);
    const key = nameKey(pupil.firstName, pupil.lastName, pupil.dateOfBirth);
    byName.set(key, [...(byName.get(key) ?? []), pupil]);
  }
  const seenUpn = new Map<string, string>();

  return ({ rowNumber, label, cells: given, warnings: found = [] }) => {
    const cells: Partial<Record<ImportField, string>> = {};
    for (const [field, text] of Object.entries(given) as [ImportField, string | undefined][]) {
      if (text !== undefined) cells[field] = text.trim();
    }
    const { values, errors, warnings, translations } = readRow(label, cells, dates);
    warnings.unshift(...found);
    let match: Pupil | undefined;
    let matchedBy: PreviewRow["matchedBy"];
    if (values.upn) {
      const earlier = seenUpn.get(values.upn);
      if (earlier !== undefined) errors.push(`${label}: UPN ${values.upn} is already on ${lowerFirst(earlier)}.`);
      else seenUpn.set(values.upn, label);
      match = byUpn.get(values.upn);
      if (match) matchedBy = "upn";
    }
    if (!match && values.firstName && values.lastName && values.dateOfBirth) {
      const same = (byName.get(nameKey(values.firstName, values.lastName, values.dateOfBirth)) ?? []).filter(
        (p) => !p.upn || p.upn === values.upn,
      );
      if (same.length === 1) [match, matchedBy] = [same[0], "name and date of birth"];
      else if (same.length > 1) {
        warnings.push(`${label}: ${same.length} pupils in the register have this name and date of birth, so this row is added as a new pupil`);
      }
    }
    if (!values.upn && cells.formerUpn) {
      warnings.push(
        `${label}: no UPN, only a former UPN (${cells.formerUpn}), which is not kept as the pupil's UPN` +
          (match ? "" : ": the pupil is added without a UPN"),
      );
    }
    if (!match) {
      if (!values.firstName) errors.push(`${label}: no first name`);
      if (!values.lastName) errors.push(`${label}: no surname`);
      if (!values.dateOfBirth && !cells.dateOfBirth) errors.push(`${label}: no date of birth`);
    }
    const action = errors.length > 0 ? "skip" : match ? "update" : "add";
    const update =
      match && action === "update"
        ? { matchId: match.id, matchedBy, changes: fieldChanges(match, updatedPupil(match, values, dates.today, `${dates.today}T00:00:00.000Z`)) }
        : {};
    return { rowNumber, label, cells, values, errors, warnings, translations, action, ...update };
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
