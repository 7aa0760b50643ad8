import { SEN_STATUS_LABELS } from "../census-codes";
import { describeNeed } from "../census-values";
import { longDate } from "../long-date";
import type { Pupil } from "../pupil";
import { yearGroupLabel } from "../year-group";

/** What an import may change on a pupil already in the register, chosen before importing. */
export const UPDATE_FIELDS = ["senStatus", "senSince", "needs", "yearGroup", "names", "dateOfBirth"] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

export const UPDATE_FIELD_LABELS: Record<UpdateField, string> = {
  senStatus: "SEN provision",
  senSince: "SEN provision start date",
  needs: "SEN needs",
  yearGroup: "Year group",
  names: "First name and surname",
  dateOfBirth: "Date of birth",
};

/**
 * By default a file changes what the MIS is the record of (SEN provision, its date, the needs) and leaves what
 * the register may have corrected (names, date of birth, year group) as it is.
 */
export const DEFAULT_UPDATE_FIELDS: readonly UpdateField[] = ["senStatus", "senSince", "needs"];

/** One field an update would change: before → after, and whether the user's choice keeps it as it is. */
export interface FieldChange {
  field: UpdateField;
  before: string;
  after: string;
}

const status = (p: Pupil) => SEN_STATUS_LABELS[p.senStatus.code];
const needs = (p: Pupil) =>
  [...p.needs.map((n) => n.code), ...(p.furtherNeeds ?? [])].map(describeNeed).join(", ") || "none";

const SHOWN: Record<UpdateField, (p: Pupil) => string> = {
  senStatus: status,
  senSince: (p) => (p.senStatus.since ? longDate(p.senStatus.since) : "not known"),
  needs,
  yearGroup: (p) => yearGroupLabel(p.yearGroup),
  names: (p) => `${p.firstName} ${p.lastName}`,
  dateOfBirth: (p) => longDate(p.dateOfBirth),
};

/** The fields that differ between a pupil and the pupil after an update, in words. */
export function fieldChanges(before: Pupil, after: Pupil): FieldChange[] {
  return UPDATE_FIELDS.flatMap((field) => {
    const [was, will] = [SHOWN[field](before), SHOWN[field](after)];
    return was === will ? [] : [{ field, before: was, after: will }];
  });
}
