import type { Cycle } from "./cycle";
import type { Pupil } from "./pupil";

/** SEN files are commonly kept until the pupil's date of birth plus 31 years (IRMS toolkit guidance). */
export const SEN_RETENTION_YEARS = 31;

export function retentionUntil(pupil: Pick<Pupil, "dateOfBirth">): string {
  const [y, m, d] = pupil.dateOfBirth.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + SEN_RETENTION_YEARS, m - 1, d));
  // 29 February rolls to 1 March in a year that has no leap day.
  return date.toISOString().slice(0, 10);
}

export type RetentionState = { kind: "on-roll" } | { kind: "keep"; until: string } | { kind: "review-for-erasure"; since: string };

/** Only archived pupils are considered: their record may be erased once the retention date has passed. */
export function retentionState(pupil: Pick<Pupil, "dateOfBirth" | "archivedOn">, today: string): RetentionState {
  if (!pupil.archivedOn) return { kind: "on-roll" };
  const until = retentionUntil(pupil);
  return until <= today ? { kind: "review-for-erasure", since: until } : { kind: "keep", until };
}

export const SUBJECT_ACCESS_FORMAT = "send-companion-subject-access";

/** Everything SEND Companion holds about one pupil, for a subject access request. */
export function subjectAccessExport(pupil: Pupil, cycles: readonly Cycle[], exportedAt: string) {
  return {
    format: SUBJECT_ACCESS_FORMAT,
    formatVersion: 1,
    exportedAt,
    pupil,
    cycles: cycles.filter((c) => c.pupilId === pupil.id).sort((a, b) => a.number - b.number),
  };
}
