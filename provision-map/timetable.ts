import type { Intervention, Weekday } from "./intervention";
import { pupilsOnRoster } from "./roster";

export const WEEKDAYS: readonly Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = { monday: "Monday", tuesday: "Tuesday", wednesday: "Wednesday", thursday: "Thursday", friday: "Friday" };

/** One timetabled session in a week: who runs it, where, when, and who is in it on the date looked at. */
export interface TimetableSlot {
  interventionId: string;
  name: string;
  staff: string;
  place?: string;
  day: Weekday;
  /** Minutes after midnight. */
  start: number;
  end: number;
  pupilIds: string[];
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function timeLabel(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The week's timetable on a date: a slot for every day of every group running that day (start date to end
 * date) with a fixed start time. Groups without days or a start time cannot be placed and are listed apart.
 */
export function weekTimetable(interventions: readonly Intervention[], on: string): { slots: TimetableSlot[]; unplaced: Intervention[] } {
  const running = interventions.filter((i) => i.schedule.startDate <= on && on <= i.schedule.endDate);
  const slots: TimetableSlot[] = [];
  const unplaced: Intervention[] = [];
  for (const i of running) {
    const { startTime, days, sessionMinutes, place } = i.schedule;
    if (!startTime || days.length === 0) {
      unplaced.push(i);
      continue;
    }
    const start = minutesOf(startTime);
    for (const day of days) {
      slots.push({ interventionId: i.id, name: i.name, staff: i.staff.name, ...(place ? { place } : {}), day, start, end: start + sessionMinutes, pupilIds: pupilsOnRoster(i, on) });
    }
  }
  slots.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start - b.start || a.name.localeCompare(b.name));
  return { slots, unplaced };
}
