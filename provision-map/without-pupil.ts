import type { Intervention } from "./intervention";

/** True when the intervention holds anything about the pupil: a roster spell, an absence or a measure. */
export function mentionsPupil(intervention: Intervention, pupilId: string): boolean {
  return (
    intervention.roster.some((e) => e.pupilId === pupilId) ||
    intervention.measureValues.some((v) => v.pupilId === pupilId) ||
    intervention.sessions.some((s) => s.absentPupilIds.includes(pupilId))
  );
}

/**
 * The intervention with nothing left about a deleted pupil: their spells, absences and entry/exit values go.
 * The sessions stay, so the group's log and total cost are unchanged; the others' shares of past sessions grow.
 */
export function withoutPupil(intervention: Intervention, pupilId: string, now: string): Intervention {
  return {
    ...intervention,
    roster: intervention.roster.filter((e) => e.pupilId !== pupilId),
    sessions: intervention.sessions.map((s) => ({ ...s, absentPupilIds: s.absentPupilIds.filter((id) => id !== pupilId) })),
    measureValues: intervention.measureValues.filter((v) => v.pupilId !== pupilId),
    updatedAt: now,
  };
}
