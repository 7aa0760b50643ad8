import type { Intervention } from "./intervention";
import { everyRosterPupil, pupilsOnRoster } from "./roster";

/** An inclusive range of dates, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export interface PupilCostShare {
  pupilId: string;
  /** Pounds, rounded to the penny once, after adding up the unrounded share of each session. */
  share: number;
}

export interface CostShares {
  /** Cost of every delivered session in the range, in pounds. */
  total: number;
  /** One entry for every pupil ever on the roster, in roster order (0 when they were in no delivered session). */
  pupils: PupilCostShare[];
  /** Cost of delivered sessions with nobody on the roster that day: it is spent but belongs to no pupil. */
  unshared: number;
}

/** The school year that starts in September of `startYear`: 1 September to 31 August. */
export function academicYear(startYear: number): DateRange {
  return { from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` };
}

/** The cost in pounds of one session: the adult's hourly rate × minutes ÷ 60. */
export function sessionCost(intervention: Pick<Intervention, "staff" | "schedule">): number {
  return (intervention.staff.hourlyRate * intervention.schedule.sessionMinutes) / 60;
}

/** The cost of one logged session: at its own bespoke length when one was recorded, else the timetable's. */
export function loggedSessionCost(intervention: Pick<Intervention, "staff" | "schedule">, session: { minutes?: number }): number {
  return (intervention.staff.hourlyRate * (session.minutes ?? intervention.schedule.sessionMinutes)) / 60;
}

/**
 * Shares the cost of the group among its pupils, session by session.
 *
 * - Only delivered sessions cost anything: a missed session's adult time went elsewhere.
 * - A session logged with its own (bespoke) minutes costs that length, not the timetable's.
 * - Each delivered session's cost is split equally among the pupils on the roster that day, so a pupil
 *   who joins or leaves mid-term pays only for the sessions of the days they were in the group.
 * - A pupil who was absent still counts as on the roster and still takes a share: the place and the
 *   adult's time were kept for them, and the others' share should not rise because someone was away.
 */
export function shareCosts(intervention: Intervention, range?: DateRange): CostShares {
  const shares = new Map(everyRosterPupil(intervention).map((id) => [id, 0]));
  let total = 0;
  let unshared = 0;
  for (const session of intervention.sessions) {
    if (!session.delivered || !inRange(session.date, range)) continue;
    const perSession = loggedSessionCost(intervention, session);
    total += perSession;
    const present = pupilsOnRoster(intervention, session.date);
    if (present.length === 0) {
      unshared += perSession;
      continue;
    }
    for (const pupilId of present) shares.set(pupilId, (shares.get(pupilId) ?? 0) + perSession / present.length);
  }
  return {
    total: toPence(total),
    unshared: toPence(unshared),
    pupils: [...shares].map(([pupilId, share]) => ({ pupilId, share: toPence(share) })),
  };
}

/** One pupil's share of the group's cost in a school year (0 when they were never in it). */
export function pupilShareForYear(intervention: Intervention, pupilId: string, startYear: number): number {
  return shareCosts(intervention, academicYear(startYear)).pupils.find((p) => p.pupilId === pupilId)?.share ?? 0;
}

export function inRange(date: string, range?: DateRange): boolean {
  return range === undefined || (range.from <= date && date <= range.to);
}

function toPence(pounds: number): number {
  return Math.round(pounds * 100) / 100;
}
