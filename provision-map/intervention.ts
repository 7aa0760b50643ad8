import { z } from "zod";
import { FrameworkRef, Id, Notes, Text } from "@/graduated-approach/fields";
import { IsoDate, IsoDateTime } from "@/graduated-approach/iso-date";

export const Weekday = z.enum(["monday", "tuesday", "wednesday", "thursday", "friday"], {
  error: "must be a school day, Monday to Friday",
});
export type Weekday = z.infer<typeof Weekday>;

/** Who runs the group and what an hour of their time costs, in pounds. */
export const InterventionStaff = z.object({
  name: Text,
  role: Notes,
  hourlyRate: z.number({ error: "hourly rate must be a number of pounds" }).min(0, "hourly rate must not be negative"),
});
export type InterventionStaff = z.infer<typeof InterventionStaff>;

/** A time of day on the 24-hour clock, "HH:MM". */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day like 09:15");

/** Where the money for an intervention comes from, for the whole-setting totals and the inclusion strategy. */
export const FundingSource = z.enum(
  ["notional-sen-budget", "core-budget", "pupil-premium", "inclusive-mainstream-fund", "high-needs-top-up", "other"],
  { error: "must be one of the funding sources: notional SEN budget, core budget, pupil premium, Inclusive Mainstream Fund, high-needs top-up or other" },
);
export type FundingSource = z.infer<typeof FundingSource>;

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = {
  "notional-sen-budget": "Notional SEN budget",
  "core-budget": "Core budget",
  "pupil-premium": "Pupil premium",
  "inclusive-mainstream-fund": "Inclusive Mainstream Fund",
  "high-needs-top-up": "High-needs top-up",
  other: "Other",
};

export const InterventionSchedule = z
  .object({
    days: z.array(Weekday).default([]),
    /** When a session starts, for the staff timetable and clash checks; absent when not fixed. */
    startTime: TimeOfDay.optional(),
    place: Notes.optional(),
    sessionsPerWeek: z.number().int("sessions a week must be a whole number").min(0, "sessions a week must not be negative"),
    sessionMinutes: z.number().int("minutes must be a whole number").min(1, "a session must last at least a minute"),
    startDate: IsoDate,
    endDate: IsoDate,
  })
  .refine((s) => s.endDate >= s.startDate, { message: "the end date must not be before the start date", path: ["endDate"] });
export type InterventionSchedule = z.infer<typeof InterventionSchedule>;

/**
 * One spell of a pupil in the group. `joined` is their first day in it and `left`, when set, their
 * last day in it (both inclusive). A pupil who leaves and comes back has two entries that do not overlap.
 */
export const RosterEntry = z
  .object({ pupilId: Id, joined: IsoDate, left: IsoDate.optional() })
  .refine((e) => e.left === undefined || e.left >= e.joined, {
    message: "the date a pupil left must not be before the date they joined",
    path: ["left"],
  });
export type RosterEntry = z.infer<typeof RosterEntry>;

/** One planned session: delivered or missed for the whole group, with the pupils who were absent. */
export const SessionLogEntry = z.object({
  date: IsoDate,
  delivered: z.boolean(),
  absentPupilIds: z.array(Id).default([]),
  /** Bespoke length: minutes this one session ran when it differed from the timetable (it is costed at this length). */
  minutes: z.number().int("minutes must be a whole number").min(1, "a session must last at least a minute").optional(),
});
export type SessionLogEntry = z.infer<typeof SessionLogEntry>;

/** What the group measures on entry and exit, e.g. a standardised score (higher is better) or an SDQ total (lower is better). */
export const InterventionMeasure = z.object({
  name: Text,
  unit: Notes,
  higherIsBetter: z.boolean(),
});
export type InterventionMeasure = z.infer<typeof InterventionMeasure>;

export const MeasureValues = z.object({
  pupilId: Id,
  entry: z.number({ error: "the entry value must be a number" }).optional(),
  exit: z.number({ error: "the exit value must be a number" }).optional(),
});
export type MeasureValues = z.infer<typeof MeasureValues>;

/** A group (or one-to-one) intervention with its own staff, timetable, roster, session log and measure. */
export const Intervention = z
  .object({
    id: Id,
    name: Text,
    /** The framework statement it delivers, or the costed catalogue item it was chosen from (either, both or neither). */
    statementId: FrameworkRef.optional(),
    catalogueItemId: FrameworkRef.optional(),
    area: FrameworkRef.optional(),
    tier: FrameworkRef.optional(),
    level: FrameworkRef.optional(),
    staff: InterventionStaff,
    schedule: InterventionSchedule,
    fundingSource: FundingSource.default("notional-sen-budget"),
    roster: z.array(RosterEntry).default([]),
    sessions: z.array(SessionLogEntry).default([]),
    measure: InterventionMeasure.optional(),
    measureValues: z.array(MeasureValues).default([]),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((value, ctx) => {
    overlappingSpells(value.roster).forEach((index) =>
      ctx.addIssue({ code: "custom", path: ["roster", index, "joined"], message: "this spell overlaps another spell of the same pupil" }),
    );
    const seen = new Set<string>();
    value.sessions.forEach((session, index) => {
      if (seen.has(session.date)) {
        ctx.addIssue({ code: "custom", path: ["sessions", index, "date"], message: "there is already a session logged on this date" });
      }
      seen.add(session.date);
    });
    const measured = new Set<string>();
    value.measureValues.forEach((entry, index) => {
      if (measured.has(entry.pupilId)) {
        ctx.addIssue({ code: "custom", path: ["measureValues", index, "pupilId"], message: "this pupil already has entry and exit values" });
      }
      measured.add(entry.pupilId);
    });
  });
export type Intervention = z.infer<typeof Intervention>;

/** Indexes of roster entries that overlap an earlier entry of the same pupil. */
function overlappingSpells(roster: readonly RosterEntry[]): number[] {
  const clashes: number[] = [];
  roster.forEach((entry, index) => {
    const earlier = roster.slice(0, index).filter((other) => other.pupilId === entry.pupilId);
    if (earlier.some((other) => spellsOverlap(entry, other))) clashes.push(index);
  });
  return clashes;
}

function spellsOverlap(a: RosterEntry, b: RosterEntry): boolean {
  const aEnds = a.left ?? "9999-12-31";
  const bEnds = b.left ?? "9999-12-31";
  return a.joined <= bEnds && b.joined <= aEnds;
}
