import type { Cycle } from "./cycle";
import { yearlyCost } from "./provision-cost";
import type { Pupil } from "./pupil";
import { latestCycle, cyclesByPupil } from "./pupil-cycles";

export interface SettingCosts {
  /** Yearly cost of all costed provision across the setting. */
  total: number;
  /** Keyed by the provision's area id. */
  byArea: Map<string, number>;
  /** Keyed by the pupil's current tier id. */
  byTier: Map<string, number>;
  /** Pupils whose latest plan has any provision. */
  pupilsWithProvision: number;
}

/**
 * Whole-setting yearly totals from each pupil's latest cycle (as `costPerPupil` does), by area of the
 * provision and by the pupil's tier. Archived pupils are left out.
 */
export function settingCosts(pupils: readonly Pupil[], cycles: readonly Cycle[]): SettingCosts {
  const byPupil = cyclesByPupil(cycles);
  const byArea = new Map<string, number>();
  const byTier = new Map<string, number>();
  let total = 0;
  let pupilsWithProvision = 0;
  for (const pupil of pupils) {
    if (pupil.archivedOn) continue;
    const provisions = latestCycle(byPupil.get(pupil.id) ?? [])?.stages.plan.provisions ?? [];
    if (provisions.length) pupilsWithProvision++;
    for (const p of provisions) {
      const cost = yearlyCost(p);
      total += cost;
      add(byArea, p.area, cost);
      add(byTier, pupil.tier, cost);
    }
  }
  for (const map of [byArea, byTier]) for (const [k, v] of map) map.set(k, pence(v));
  return { total: pence(total), byArea, byTier, pupilsWithProvision };
}

function add(map: Map<string, number>, key: string, amount: number) {
  map.set(key, (map.get(key) ?? 0) + amount);
}

function pence(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The one way money is written: "£1,234.50", or "£1,234" when there are no pence (after rounding to the penny). */
export function formatPounds(amount: number): string {
  const rounded = pence(amount);
  const whole = Number.isInteger(rounded);
  return `£${rounded.toLocaleString("en-GB", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}
