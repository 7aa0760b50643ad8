import type { Cycle } from "./cycle";
import type { Provision } from "./cycle-stages";

type Costed = Pick<Provision, "frequencyPerWeek" | "sessionMinutes" | "weeks" | "hourlyCost" | "groupSize"> & { weeklyCap?: number };

/** Hours of adult time a week: sessions a week × minutes a session ÷ 60. */
export function hoursPerWeek(p: Costed): number {
  return (p.frequencyPerWeek * p.sessionMinutes) / 60;
}

/**
 * Yearly cost of a provision for one pupil, in pounds, rounded to the penny:
 *
 *   hours a week × weeks it runs in the year × hourly cost ÷ group size
 *
 * The hourly cost is for the adult's time, so a group shares it equally.
 * E.g. 3 × 30 min sessions for 12 weeks at £24 an hour in a group of 4: 1.5 × 12 × 24 ÷ 4 = £108.
 * A weekly cap from the framework's catalogue limits the cost of each week before it is multiplied by the weeks.
 */
export function yearlyCost(p: Costed): number {
  const groupSize = Math.max(1, p.groupSize);
  const weekly = (hoursPerWeek(p) * p.hourlyCost) / groupSize;
  const capped = p.weeklyCap === undefined ? weekly : Math.min(weekly, p.weeklyCap);
  return roundToPence(capped * p.weeks);
}

/** Total yearly cost of a plan's provisions for its pupil. */
export function planYearlyCost(provisions: readonly Costed[]): number {
  return roundToPence(provisions.reduce((sum, p) => sum + yearlyCost(p), 0));
}

export interface PupilCost {
  pupilId: string;
  /** The cycle whose plan was costed: the pupil's latest. */
  cycleId: string;
  total: number;
}

/**
 * Yearly cost per pupil from each pupil's latest cycle (highest number). Earlier cycles are not added:
 * their provisions are usually the same ones carried forward, and weeks already count the whole year.
 */
export function costPerPupil(cycles: readonly Cycle[]): PupilCost[] {
  const latest = new Map<string, Cycle>();
  for (const cycle of cycles) {
    const current = latest.get(cycle.pupilId);
    if (!current || cycle.number > current.number) latest.set(cycle.pupilId, cycle);
  }
  return [...latest.values()].map((c) => ({
    pupilId: c.pupilId,
    cycleId: c.id,
    total: planYearlyCost(c.stages.plan.provisions),
  }));
}

export type ThresholdComparison =
  | { kind: "no-threshold"; total: number }
  | { kind: "within" | "over"; total: number; threshold: number; difference: number };

/**
 * Compares a yearly total with a threshold such as the notional £6,000 SEN support figure (element 2).
 * "over" only when strictly more; `difference` is how far over (positive) or how much room is left (negative).
 */
export function compareWithThreshold(total: number, threshold?: { amount: number }): ThresholdComparison {
  if (!threshold) return { kind: "no-threshold", total };
  const difference = roundToPence(total - threshold.amount);
  return { kind: difference > 0 ? "over" : "within", total, threshold: threshold.amount, difference };
}

function roundToPence(amount: number): number {
  return Math.round(amount * 100) / 100;
}
