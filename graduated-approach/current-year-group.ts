import { yearGroupOn } from "@/graduated-approach/cohort";
import type { Pupil } from "@/graduated-approach/pupil";
import type { YearGroup } from "@/graduated-approach/year-group";

/** The pupil's year group today: from their cohort when known, else as last saved. */
export function currentYearGroup(pupil: Pick<Pupil, "yearGroup" | "cohort">, today: string): YearGroup {
  return pupil.cohort === undefined ? pupil.yearGroup : (yearGroupOn(pupil.cohort, today) ?? pupil.yearGroup);
}
