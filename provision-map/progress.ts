import { shareCosts, type DateRange } from "./cost-share";
import type { Intervention } from "./intervention";

/** Fewer pupils than this with both entry and exit values, and the group's figures say nothing. */
export const MIN_PUPILS_FOR_A_CLAIM = 3;

export interface PupilProgress {
  pupilId: string;
  entry: number;
  exit: number;
  /** Exit − entry, turned round when lower is better, so a positive number always means improvement. */
  progress: number;
}

export type InterventionImpact =
  | { kind: "no-measure" }
  | { kind: "too-few-pupils"; pupils: number; needed: number; message: string }
  | {
      kind: "measured";
      pupils: number;
      /** Mean progress per measured pupil, in the measure's units. */
      meanProgress: number;
      /** Mean cost share of the measured pupils, in pounds. */
      costPerPupil: number;
      /** Pounds per unit of progress; absent when the mean progress is not above zero. */
      costPerUnit?: number;
    };

/** Progress of each pupil who has both an entry and an exit value, in the order they were entered. */
export function pupilProgress(intervention: Intervention): PupilProgress[] {
  if (!intervention.measure) return [];
  const sign = intervention.measure.higherIsBetter ? 1 : -1;
  return intervention.measureValues.flatMap(({ pupilId, entry, exit }) =>
    entry === undefined || exit === undefined ? [] : [{ pupilId, entry, exit, progress: round2(sign * (exit - entry)) }],
  );
}

/**
 * What the group achieved for what it cost, over the pupils with both values. With fewer than three such
 * pupils there is no figure at all: one or two pupils' scores say more about them than about the group.
 * Cost per unit of progress is the measured pupils' cost shares added up ÷ their progress added up.
 */
export function interventionImpact(intervention: Intervention, range?: DateRange): InterventionImpact {
  if (!intervention.measure) return { kind: "no-measure" };
  const rows = pupilProgress(intervention);
  if (rows.length < MIN_PUPILS_FOR_A_CLAIM) {
    return {
      kind: "too-few-pupils",
      pupils: rows.length,
      needed: MIN_PUPILS_FOR_A_CLAIM,
      message: `Too few pupils to say: ${rows.length} of the ${MIN_PUPILS_FOR_A_CLAIM} needed have both an entry and an exit value.`,
    };
  }
  const shares = new Map(shareCosts(intervention, range).pupils.map((p) => [p.pupilId, p.share]));
  const totalProgress = rows.reduce((sum, row) => sum + row.progress, 0);
  const totalCost = rows.reduce((sum, row) => sum + (shares.get(row.pupilId) ?? 0), 0);
  return {
    kind: "measured",
    pupils: rows.length,
    meanProgress: round2(totalProgress / rows.length),
    costPerPupil: round2(totalCost / rows.length),
    ...(totalProgress > 0 ? { costPerUnit: round2(totalCost / totalProgress) } : {}),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
