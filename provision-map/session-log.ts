import type { Intervention } from "./intervention";
import { pupilsOnRoster } from "./roster";

export type LogSessionResult = { ok: true; intervention: Intervention } | { ok: false; message: string };

/**
 * Records one session for the whole group: delivered (with the pupils who were absent) or missed.
 * Absences are kept only for pupils on the roster that day; a second entry for the same date replaces the first.
 */
export function logSession(
  intervention: Intervention,
  entry: { date: string; delivered: boolean; absentPupilIds: readonly string[]; minutes?: number },
  now: string,
): LogSessionResult {
  const { startDate, endDate } = intervention.schedule;
  if (entry.date < startDate || entry.date > endDate) {
    return { ok: false, message: `Enter a date from the start to the end of ${intervention.name}` };
  }
  const onRoster = new Set(pupilsOnRoster(intervention, entry.date));
  if (onRoster.size === 0) return { ok: false, message: `Nobody was in ${intervention.name} on that date` };
  const absentPupilIds = entry.delivered ? [...new Set(entry.absentPupilIds)].filter((id) => onRoster.has(id)) : [];
  const sessions = [...intervention.sessions.filter((s) => s.date !== entry.date), { date: entry.date, delivered: entry.delivered, absentPupilIds, ...(entry.delivered && entry.minutes ? { minutes: entry.minutes } : {}) }]
    .sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, intervention: { ...intervention, sessions, updatedAt: now } };
}
