import type { z } from "zod";
import { SenNeedCode, SenStatusCode } from "./census-codes";
import { cohortFromYearGroup } from "./cohort";
import { newPupil } from "./new-pupil";
import { Pupil } from "./pupil";
import { historyAfterEdit } from "./pupil-history";
import { checkUpn } from "./upn";
import { phaseForYearGroup, YearGroup } from "./year-group";

/** The pupil form as typed: every field a string, so half-finished input is kept as it is. */
export interface PupilFormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  yearGroup: string;
  upn: string;
  status: string;
  statusSince: string;
  primaryNeed: string;
  secondaryNeed: string;
  tier: string;
  keyAdult: string;
  likeAndAdmire: string;
  importantToMe: string;
  howToSupportMe: string;
  consentRecordedOn: string;
  consentBy: string;
  consentNotes: string;
}

export interface FormError {
  /** The id of the form field, for the error summary's link. */
  field: keyof PupilFormValues;
  message: string;
}

export type PupilFormResult = { ok: true; pupil: Pupil } | { ok: false; errors: FormError[] };

export function emptyPupilForm(defaultTier: string): PupilFormValues {
  return {
    firstName: "", lastName: "", dateOfBirth: "", yearGroup: "", upn: "", status: "K", statusSince: "",
    primaryNeed: "", secondaryNeed: "", tier: defaultTier, keyAdult: "", likeAndAdmire: "", importantToMe: "",
    howToSupportMe: "", consentRecordedOn: "", consentBy: "", consentNotes: "",
  };
}

export function pupilToForm(p: Pupil): PupilFormValues {
  const need = (rank: 1 | 2) => p.needs.find((n) => n.rank === rank)?.code ?? "";
  return {
    firstName: p.firstName, lastName: p.lastName, dateOfBirth: p.dateOfBirth, yearGroup: p.yearGroup, upn: p.upn ?? "",
    status: p.senStatus.code, statusSince: p.senStatus.since ?? "", primaryNeed: need(1), secondaryNeed: need(2),
    tier: p.tier, keyAdult: p.keyAdult, likeAndAdmire: p.profile.likeAndAdmire, importantToMe: p.profile.importantToMe,
    howToSupportMe: p.profile.howToSupportMe, consentRecordedOn: p.consent.recordedOn ?? "", consentBy: p.consent.byWhom,
    consentNotes: p.consent.notes,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Errors a person can fix, in GOV.UK words, before the schema is asked. */
function checkFields(v: PupilFormValues, today: string): FormError[] {
  const errors: FormError[] = [];
  const err = (field: keyof PupilFormValues, message: string) => errors.push({ field, message });
  if (!v.firstName.trim()) err("firstName", "Enter the pupil's first name");
  if (!v.lastName.trim()) err("lastName", "Enter the pupil's last name");
  if (!DATE.test(v.dateOfBirth)) err("dateOfBirth", "Enter the pupil's date of birth");
  else if (v.dateOfBirth >= today) err("dateOfBirth", "Date of birth must be in the past");
  if (!YearGroup.safeParse(v.yearGroup).success) err("yearGroup", "Choose the pupil's year group");
  if (v.upn.trim()) {
    const upn = checkUpn(v.upn);
    if (!upn.ok) err("upn", upn.message);
  }
  if (v.statusSince && !DATE.test(v.statusSince)) err("statusSince", "Enter the date the status started as a real date");
  if (v.primaryNeed === "NSA" && v.status !== "K") {
    err("primaryNeed", "NSA (no specialist assessment) can only be used for a pupil at SEN support (K)");
  }
  if (v.secondaryNeed && !v.primaryNeed) err("primaryNeed", "Choose the primary need before a secondary need");
  if (v.secondaryNeed === "NSA") err("secondaryNeed", "NSA cannot be a secondary need");
  if (v.secondaryNeed && v.secondaryNeed === v.primaryNeed) err("secondaryNeed", "Choose a secondary need different from the primary need");
  if (!v.tier) err("tier", "Choose the pupil's tier");
  return errors;
}

function toInput(v: PupilFormValues) {
  const needs = [v.primaryNeed, v.secondaryNeed]
    .filter(Boolean)
    .map((code, i) => ({ code: SenNeedCode.parse(code), rank: (i + 1) as 1 | 2 }));
  const yearGroup = YearGroup.parse(v.yearGroup);
  return {
    firstName: v.firstName.trim(), lastName: v.lastName.trim(), dateOfBirth: v.dateOfBirth, yearGroup,
    phase: phaseForYearGroup(yearGroup), upn: v.upn.trim() ? v.upn : undefined,
    senStatus: { code: SenStatusCode.parse(v.status), since: v.statusSince || undefined },
    needs, tier: v.tier, keyAdult: v.keyAdult.trim(),
    profile: { likeAndAdmire: v.likeAndAdmire, importantToMe: v.importantToMe, howToSupportMe: v.howToSupportMe },
  };
}

function schemaErrors(error: z.ZodError): FormError[] {
  return error.issues.map((i) => ({ field: fieldForPath(i.path), message: i.message }));
}

function fieldForPath(path: PropertyKey[]): keyof PupilFormValues {
  if (path[0] === "needs") return path[1] === 1 ? "secondaryNeed" : "primaryNeed";
  if (path[0] === "senStatus") return "statusSince";
  return (["firstName", "lastName", "dateOfBirth", "yearGroup", "upn", "tier", "keyAdult"] as const).find((f) => f === path[0]) ?? "firstName";
}

/** Validates the form and builds a new pupil, or the pupil after an edit (keeping meetings and recording history). */
export function pupilFromForm(v: PupilFormValues, now: string, existing?: Pupil): PupilFormResult {
  const today = now.slice(0, 10);
  const errors = checkFields(v, today);
  if (errors.length) return { ok: false, errors };
  // The year group chosen is the one for today: the cohort follows it, so it rolls over next September.
  const input = { ...toInput(v), cohort: cohortFromYearGroup(YearGroup.parse(v.yearGroup), today) };
  const consent = { ...(existing?.consent ?? { shareWith: [] }), recordedOn: v.consentRecordedOn || undefined, byWhom: v.consentBy, notes: v.consentNotes };
  if (!existing) {
    const result = newPupil({ ...input, consent }, now);
    return result.success ? { ok: true, pupil: result.data } : { ok: false, errors: schemaErrors(result.error) };
  }
  const edited = { ...existing, ...input, consent, updatedAt: now };
  const result = Pupil.safeParse({ ...edited, history: historyAfterEdit(existing, edited, today) });
  return result.success ? { ok: true, pupil: result.data } : { ok: false, errors: schemaErrors(result.error) };
}
