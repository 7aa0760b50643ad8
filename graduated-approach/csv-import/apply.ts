import type { RankedNeed } from "../pupil";
import { Pupil } from "../pupil";
import { newPupil } from "../new-pupil";
import { historyAfterEdit } from "../pupil-history";
import { phaseForYearGroup } from "../year-group";
import type { ImportPreview, ImportValues, PreviewRow } from "./preview";
import { stampImport } from "./import-journal";
import { DEFAULT_UPDATE_FIELDS, UPDATE_FIELDS, type UpdateField } from "./update-fields";

export interface ImportResult {
  toAdd: Pupil[];
  toUpdate: Pupil[];
  skipped: { rowNumber: number; reason: string }[];
}

export interface ApplyOptions {
  /** Tier for new pupils (the CSV has no tier column). */
  defaultTier?: string;
  newId?: () => string;
  /** What the file may change on pupils already in the register; by default SEN provision, its date and needs. */
  overwrite?: readonly UpdateField[];
  /** The import's id, kept on every record it adds or changes. */
  importId?: string;
}

/**
 * Turns a preview into records to store. Rows with errors are skipped with their messages; new pupils
 * get defaults for what a pupil list lacks (tier, phase from year group); updates change only what the row
 * gives. A new SEN provision dates from the row's start date, or today when it has none. `now` is an ISO
 * date-time.
 */
export function applyImport(
  existing: readonly Pupil[],
  preview: Pick<ImportPreview, "rows">,
  now: string,
  options: ApplyOptions = {},
): ImportResult {
  const { defaultTier = "universal", newId = () => crypto.randomUUID(), overwrite = DEFAULT_UPDATE_FIELDS, importId } = options;
  const stamp = (p: Pupil) => (importId ? stampImport(p, importId) : p);
  const byId = new Map(existing.map((p) => [p.id, p]));
  const today = now.slice(0, 10);
  const result: ImportResult = { toAdd: [], toUpdate: [], skipped: [] };
  const skip = (rowNumber: number, reason: string) => result.skipped.push({ rowNumber, reason });
  const invalid = (row: PreviewRow, issues: { message: string }[]) =>
    skip(row.rowNumber, `${row.label}: ${issues[0]?.message ?? "not a valid pupil"}`);

  for (const row of preview.rows) {
    if (row.errors.length > 0) {
      skip(row.rowNumber, row.errors.join(" "));
      continue;
    }
    const v = row.values;
    const current = row.matchId ? byId.get(row.matchId) : undefined;
    if (current) {
      const parsed = Pupil.safeParse(stamp(updatedPupil(current, v, today, now, overwrite)));
      if (parsed.success) result.toUpdate.push(parsed.data);
      else invalid(row, parsed.error.issues);
      continue;
    }
    const yearGroup = v.yearGroup;
    if (!yearGroup) {
      skip(row.rowNumber, `${row.label}: no year group, and the date of birth does not give one`);
      continue;
    }
    const needs = rankedNeeds(v);
    const code = v.senStatus ?? (needs.length > 0 ? "K" : "none");
    const parsed = newPupil(
      {
        firstName: v.firstName ?? "",
        lastName: v.lastName ?? "",
        dateOfBirth: v.dateOfBirth ?? "",
        upn: v.upn,
        yearGroup,
        ...(v.cohort !== undefined ? { cohort: v.cohort } : {}),
        phase: phaseForYearGroup(yearGroup),
        senStatus: { code, ...(v.senSince ? { since: v.senSince } : {}) },
        needs,
        ...(v.furtherNeeds ? { furtherNeeds: v.furtherNeeds } : {}),
        tier: defaultTier,
      },
      now,
      newId(),
    );
    if (parsed.success) result.toAdd.push(stamp(parsed.data));
    else invalid(row, parsed.error.issues);
  }
  return result;
}

export function rankedNeeds(v: ImportValues): RankedNeed[] {
  const needs: RankedNeed[] = [];
  if (v.primaryNeed) needs.push({ code: v.primaryNeed, rank: 1 });
  if (v.secondaryNeed) needs.push({ code: v.secondaryNeed, rank: 2 });
  return needs;
}

/**
 * The pupil as the row would leave them: only what the row gives, and the fields it may overwrite, change. A
 * UPN the register lacks is always filled in (it is how the next import matches).
 */
export function updatedPupil(
  p: Pupil,
  v: ImportValues,
  today: string,
  now: string,
  overwrite: readonly UpdateField[] = UPDATE_FIELDS,
): Pupil {
  const may = new Set(overwrite);
  const next: Pupil = { ...p, updatedAt: now };
  if (may.has("names") && v.firstName) next.firstName = v.firstName;
  if (may.has("names") && v.lastName) next.lastName = v.lastName;
  if (may.has("dateOfBirth") && v.dateOfBirth) next.dateOfBirth = v.dateOfBirth;
  if (v.upn && !p.upn) next.upn = v.upn;
  if (may.has("yearGroup") && v.yearGroup && v.cohort !== undefined) {
    next.yearGroup = v.yearGroup;
    next.cohort = v.cohort;
    next.phase = phaseForYearGroup(v.yearGroup);
  }
  if (may.has("senStatus") && v.senStatus) {
    // Census N covers both "none" and "monitoring": keep a pupil who is being monitored as they are.
    const keep = v.senStatus === "none" && p.senStatus.code === "monitoring";
    if (!keep && v.senStatus !== p.senStatus.code) {
      next.senStatus = { code: v.senStatus, since: (may.has("senSince") ? v.senSince : undefined) ?? today };
      // The change shows on the pupil's timeline, dated when the file says it happened.
      next.history = historyAfterEdit(p, next, next.senStatus.since!);
    }
    if (next.senStatus.code === "none" || next.senStatus.code === "monitoring") {
      next.needs = [];
      delete next.furtherNeeds;
    }
  }
  // A start date fills in one the register does not know yet; it never rewrites a known one.
  if (may.has("senSince") && v.senSince && !next.senStatus.since && (!v.senStatus || v.senStatus === next.senStatus.code)) {
    next.senStatus = { ...next.senStatus, since: v.senSince };
  }
  if (may.has("needs") && v.primaryNeed && next.senStatus.code !== "none" && next.senStatus.code !== "monitoring") {
    next.needs = rankedNeeds(v);
    if (v.furtherNeeds) next.furtherNeeds = v.furtherNeeds;
    else delete next.furtherNeeds;
  }
  return next;
}
