import type { Intervention } from "@/provision-map/intervention";
import { sessionCost } from "@/provision-map/cost-share";

/** A school year has 39 teaching weeks; no activity is budgeted for more. */
const SCHOOL_WEEKS = 39;
const DAY_MS = 86_400_000;

/**
 * The planned cost of a group intervention over the strategy's period, in pounds: one session's cost (the
 * adult's rate × minutes ÷ 60) × sessions a week × the weeks of its timetable that fall in the period
 * (whole weeks, at most 39). This is a budget, not spend: the session log's delivered cost is in the provision map.
 */
export function plannedCost(intervention: Pick<Intervention, "staff" | "schedule">, period: { from: string; to: string }): number {
  const from = maxDate(intervention.schedule.startDate, period.from);
  const to = minDate(intervention.schedule.endDate, period.to);
  if (to < from) return 0;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  const weeks = Math.min(SCHOOL_WEEKS, Math.round(days / 7));
  return Math.round(sessionCost(intervention) * intervention.schedule.sessionsPerWeek * weeks * 100) / 100;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
