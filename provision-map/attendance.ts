import { inRange, type DateRange } from "./cost-share";
import type { Intervention } from "./intervention";
import { everyRosterPupil, pupilsOnRoster } from "./roster";

export interface PupilAttendance {
  pupilId: string;
  /** Delivered sessions on days the pupil was on the roster. */
  delivered: number;
  /** Of those, the ones they were not marked absent from. */
  attended: number;
  /** Sessions missed by the group (not delivered) on days the pupil was on the roster. */
  missedByGroup: number;
}

/** Each pupil's sessions, worked out from the group's one session log, in roster order. */
export function pupilAttendance(intervention: Intervention, range?: DateRange): PupilAttendance[] {
  const tally = new Map(everyRosterPupil(intervention).map((pupilId) => [pupilId, { pupilId, delivered: 0, attended: 0, missedByGroup: 0 }]));
  for (const session of intervention.sessions) {
    if (!inRange(session.date, range)) continue;
    const absent = new Set(session.absentPupilIds);
    for (const pupilId of pupilsOnRoster(intervention, session.date)) {
      const row = tally.get(pupilId);
      if (!row) continue;
      if (!session.delivered) {
        row.missedByGroup += 1;
        continue;
      }
      row.delivered += 1;
      if (!absent.has(pupilId)) row.attended += 1;
    }
  }
  return [...tally.values()];
}
