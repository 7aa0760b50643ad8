import { Intervention, Weekday } from "./intervention";

/** The new-intervention form as typed: numbers as numbers (the inputs hand them on), dates as YYYY-MM-DD or "". */
export interface InterventionFormValues {
  name: string;
  statementId: string;
  /** The framework's costed catalogue item it delivers, or "" for none. */
  catalogueItemId: string;
  staffName: string;
  staffRole: string;
  hourlyRate: number;
  days: string[];
  sessionsPerWeek: number;
  sessionMinutes: number;
  startDate: string;
  endDate: string;
  pupilIds: string[];
  /** The area of need, set from the catalogue item when it names exactly one. */
  area?: string;
}

/** What a catalogue item needs to fill the form: the fields of the framework's CatalogueItem used here. */
export interface CatalogueChoice {
  id: string;
  name: string;
  staffRole?: string;
  hourlyRate?: number;
  links: { areas: string[]; statements: string[] };
}

/**
 * The form after choosing a catalogue item: it is recorded, with its one area of need and one statement when it
 * names exactly one, and it fills the name, role and hourly rate only where the user has not typed them.
 */
export function withCatalogueItem(v: InterventionFormValues, item: CatalogueChoice | undefined): InterventionFormValues {
  if (!item) return { ...v, catalogueItemId: "", area: undefined };
  const one = (ids: string[]) => (ids.length === 1 ? ids[0] : undefined);
  return {
    ...v,
    catalogueItemId: item.id,
    area: one(item.links.areas),
    statementId: v.statementId || one(item.links.statements) || "",
    name: v.name.trim() ? v.name : item.name,
    staffRole: v.staffRole.trim() ? v.staffRole : (item.staffRole ?? ""),
    hourlyRate: v.hourlyRate > 0 ? v.hourlyRate : (item.hourlyRate ?? 0),
  };
}

export interface InterventionFormError {
  /** The id of the form field, for the error summary's link. */
  field: keyof InterventionFormValues;
  message: string;
}

export type InterventionFormResult = { ok: true; intervention: Intervention } | { ok: false; errors: InterventionFormError[] };

export function emptyInterventionForm(today: string): InterventionFormValues {
  return {
    name: "", statementId: "", catalogueItemId: "", staffName: "", staffRole: "", hourlyRate: 0, days: [], sessionsPerWeek: 0,
    sessionMinutes: 30, startDate: today, endDate: "", pupilIds: [],
  };
}

/** Errors a person can fix, in plain words, each naming its field; empty when the form can be saved. */
export function checkInterventionForm(v: InterventionFormValues): InterventionFormError[] {
  const errors: InterventionFormError[] = [];
  const add = (field: keyof InterventionFormValues, message: string) => errors.push({ field, message });
  if (!v.name.trim()) add("name", "Enter a name for the intervention");
  if (!v.staffName.trim()) add("staffName", "Enter the name of the adult who runs it");
  if (!(v.hourlyRate > 0)) add("hourlyRate", "Enter the hourly rate of the adult's time, in pounds, above £0");
  if (v.days.some((d) => !Weekday.safeParse(d).success)) add("days", "Choose days from Monday to Friday");
  if (!Number.isInteger(v.sessionsPerWeek) || v.sessionsPerWeek < 1) add("sessionsPerWeek", "Enter how many sessions a week, as a whole number of 1 or more");
  if (!Number.isInteger(v.sessionMinutes) || v.sessionMinutes < 1) add("sessionMinutes", "Enter how long a session lasts, as a whole number of minutes");
  if (!v.startDate) add("startDate", "Enter the date the intervention starts");
  if (!v.endDate) add("endDate", "Enter the date the intervention ends");
  else if (v.startDate && v.endDate < v.startDate) add("endDate", "The end date must be the same as or after the start date");
  if (v.pupilIds.length === 0) add("pupilIds", "Choose at least one pupil");
  return errors;
}

/** A new intervention from the form, every pupil joining on the start date. */
export function interventionFromForm(v: InterventionFormValues, ids: { id: string; now: string }): InterventionFormResult {
  const errors = checkInterventionForm(v);
  if (errors.length) return { ok: false, errors };
  const parsed = Intervention.safeParse({
    id: ids.id,
    name: v.name.trim(),
    ...(v.statementId ? { statementId: v.statementId } : {}),
    ...(v.catalogueItemId ? { catalogueItemId: v.catalogueItemId } : {}),
    ...(v.area ? { area: v.area } : {}),
    staff: { name: v.staffName.trim(), role: v.staffRole.trim(), hourlyRate: v.hourlyRate },
    schedule: { days: v.days, sessionsPerWeek: v.sessionsPerWeek, sessionMinutes: v.sessionMinutes, startDate: v.startDate, endDate: v.endDate },
    roster: [...new Set(v.pupilIds)].map((pupilId) => ({ pupilId, joined: v.startDate })),
    createdAt: ids.now,
    updatedAt: ids.now,
  });
  if (parsed.success) return { ok: true, intervention: parsed.data };
  return { ok: false, errors: [{ field: "name", message: "The intervention could not be saved: check every answer and try again" }] };
}
