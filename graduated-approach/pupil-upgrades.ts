import { cohortFromYearGroup, yearGroupOn } from "./cohort";
import { Pupil } from "./pupil";
import { phaseForYearGroup, YearGroup } from "./year-group";
import { z } from "zod";

/**
 * Named, append-only upgrades of a stored pupil record, applied in order each time one is read (the
 * database's own migrations run before the passphrase unlocks the records, so they cannot rewrite an
 * encrypted payload). Each is harmless on a record that already has what it adds; a record is stored in the
 * new shape the next time it is saved. Never edit or remove a released upgrade: append a new one.
 */
export interface RecordUpgrade {
  name: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

export const PUPIL_UPGRADES: readonly RecordUpgrade[] = [
  {
    // Before cohorts, a pupil kept the year group they were given: it was right on the day the record was
    // last saved, so the cohort is worked out from that day.
    name: "pupil-cohort-from-year-group",
    up(record) {
      if (record.cohort !== undefined) return record;
      const year = YearGroup.safeParse(record.yearGroup);
      const saved = typeof record.updatedAt === "string" && /^\d{4}-\d{2}-\d{2}/.test(record.updatedAt) ? record.updatedAt : undefined;
      if (!year.success || !saved) return record;
      return { ...record, cohort: cohortFromYearGroup(year.data, saved.slice(0, 10)) };
    },
  },
];

export function upgradePupilRecord(record: unknown, upgrades: readonly RecordUpgrade[] = PUPIL_UPGRADES): unknown {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  return upgrades.reduce((value, upgrade) => upgrade.up(value), record as Record<string, unknown>);
}

/** A pupil as stored: older records are upgraded before they are checked. Storage reads pupils with this. */
export const StoredPupil = z.preprocess((record) => upgradePupilRecord(record), Pupil);

/**
 * The pupil with the year group (and, when it followed the year group, the phase) for `today`, from the
 * cohort: the register rolls over by itself on 1 September. A pupil without a cohort is unchanged.
 */
export function withCurrentYearGroup(pupil: Pupil, today: string): Pupil {
  if (pupil.cohort === undefined) return pupil;
  const year = yearGroupOn(pupil.cohort, today);
  if (!year || year === pupil.yearGroup) return pupil;
  const phase = pupil.phase === phaseForYearGroup(pupil.yearGroup) ? phaseForYearGroup(year) : pupil.phase;
  return { ...pupil, yearGroup: year, phase };
}
