import { shareCosts, type DateRange } from "./cost-share";
import type { Intervention } from "./intervention";
import { interventionImpact, MIN_PUPILS_FOR_A_CLAIM, pupilProgress } from "./progress";
import { everyRosterPupil } from "./roster";

/** Said wherever progress figures are shown: the figures describe change, not its cause. */
export const NOT_PROOF_OF_CAUSE =
  "Progress is not proof that the intervention caused it: pupils also change through teaching, time and things outside school, and there is no comparison group. Use these figures to ask questions, not to settle them.";

export const LITTLE_PROGRESS_RULE =
  "Flagged for little progress when the average change is not above zero or fewer than half of the measured pupils improved.";

export interface WhatWorksRow {
  interventionId: string;
  name: string;
  measure?: string;
  unit: string;
  higherIsBetter?: boolean;
  /** Pupils ever on the roster, and of those the ones with both an entry and an exit value. */
  pupils: number;
  measured: number;
  /** Of the measured pupils, those whose progress is above zero. */
  improved: number;
  /** Cost of delivered sessions in the range. */
  cost: number;
  /** Absent when there are too few measured pupils (or no measure): no claim is made. */
  meanProgress?: number;
  costPerPupil?: number;
  costPerUnit?: number;
  littleProgress: boolean;
  /** Why there is no figure, in plain words, when there is none. */
  noClaim?: string;
}

/** Each intervention's progress and cost, with no figure from fewer than three measured pupils. */
export function whatWorks(interventions: readonly Intervention[], range?: DateRange): WhatWorksRow[] {
  return [...interventions].sort((a, b) => a.name.localeCompare(b.name)).map((i) => {
    const rows = pupilProgress(i);
    const impact = interventionImpact(i, range);
    const base = {
      interventionId: i.id,
      name: i.name,
      ...(i.measure ? { measure: i.measure.name, higherIsBetter: i.measure.higherIsBetter } : {}),
      unit: i.measure?.unit ?? "",
      pupils: everyRosterPupil(i).length,
      measured: rows.length,
      improved: rows.filter((r) => r.progress > 0).length,
      cost: shareCosts(i, range).total,
    };
    if (impact.kind === "no-measure") return { ...base, littleProgress: false, noClaim: "No entry and exit measure chosen." };
    if (impact.kind === "too-few-pupils") {
      return { ...base, littleProgress: false, noClaim: `Too few pupils to say: ${impact.pupils} measured, ${MIN_PUPILS_FOR_A_CLAIM} needed.` };
    }
    return {
      ...base,
      meanProgress: impact.meanProgress,
      costPerPupil: impact.costPerPupil,
      ...(impact.costPerUnit !== undefined ? { costPerUnit: impact.costPerUnit } : {}),
      littleProgress: impact.meanProgress <= 0 || base.improved * 2 < base.measured,
    };
  });
}
