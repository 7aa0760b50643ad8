import type { Weekday } from "./intervention";
import { timeLabel, WEEKDAY_LABELS, type TimetableSlot } from "./timetable";

/**
 * A pupil is taken out of the same lesson too often when their groups take them out at an overlapping time of
 * day on more than this many days a week. Timetables repeat by time of day (English at 9:15 most days), so four
 * or five mornings at 9:15 means missing most of one subject's lessons; three (a Monday, Wednesday, Friday group)
 * is a common, deliberate pattern and is not flagged.
 */
export const MAX_DAYS_OUT_OF_SAME_LESSON = 3;

export type Clash =
  | { kind: "pupil-double-booked"; pupilId: string; day: Weekday; time: string; interventionIds: [string, string]; message: string }
  | { kind: "staff-double-booked"; staff: string; day: Weekday; time: string; interventionIds: [string, string]; message: string }
  | { kind: "same-lesson-too-often"; pupilId: string; time: string; days: Weekday[]; interventionIds: string[]; message: string };

const overlaps = (a: TimetableSlot, b: TimetableSlot) => a.day === b.day && a.start < b.end && b.start < a.end;
const sameAdult = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Clashes in a week's timetable: a pupil in two groups at once, an adult running two groups at once, and a
 * pupil out of the same time of day on more than MAX_DAYS_OUT_OF_SAME_LESSON days. `name` turns a pupil id into a name.
 */
export function findClashes(slots: readonly TimetableSlot[], name: (pupilId: string) => string): Clash[] {
  const clashes: Clash[] = [];
  slots.forEach((a, n) => {
    for (const b of slots.slice(n + 1)) {
      if (a.interventionId === b.interventionId || !overlaps(a, b)) continue;
      const time = timeLabel(Math.max(a.start, b.start));
      const when = `${WEEKDAY_LABELS[a.day]} at ${time}`;
      if (sameAdult(a.staff, b.staff)) {
        clashes.push({ kind: "staff-double-booked", staff: a.staff, day: a.day, time, interventionIds: [a.interventionId, b.interventionId], message: `${a.staff} is down to run ${a.name} and ${b.name} on ${when}.` });
      }
      for (const pupilId of a.pupilIds.filter((id) => b.pupilIds.includes(id))) {
        clashes.push({ kind: "pupil-double-booked", pupilId, day: a.day, time, interventionIds: [a.interventionId, b.interventionId], message: `${name(pupilId)} is in ${a.name} and ${b.name} on ${when}.` });
      }
    }
  });
  return [...clashes, ...sameLessonTooOften(slots, name)];
}

function sameLessonTooOften(slots: readonly TimetableSlot[], name: (pupilId: string) => string): Clash[] {
  const found: Clash[] = [];
  const pupils = [...new Set(slots.flatMap((s) => s.pupilIds))];
  for (const pupilId of pupils) {
    const theirs = slots.filter((s) => s.pupilIds.includes(pupilId));
    const reported = new Set<string>();
    for (const slot of theirs) {
      const sameTime = theirs.filter((s) => s.start < slot.end && slot.start < s.end);
      const days = [...new Set(sameTime.map((s) => s.day))];
      if (days.length <= MAX_DAYS_OUT_OF_SAME_LESSON) continue;
      const key = days.join() + sameTime.map((s) => s.interventionId).join();
      if (reported.has(key)) continue;
      reported.add(key);
      const time = timeLabel(slot.start);
      const groups = [...new Set(sameTime.map((s) => s.name))];
      found.push({
        kind: "same-lesson-too-often", pupilId, time, days, interventionIds: [...new Set(sameTime.map((s) => s.interventionId))],
        message: `${name(pupilId)} is out of class at about ${time} on ${days.length} days a week (${days.map((d) => WEEKDAY_LABELS[d]).join(", ")}) for ${groups.join(" and ")}: more than ${MAX_DAYS_OUT_OF_SAME_LESSON} days a week out of the same lesson.`,
      });
    }
  }
  return found;
}
