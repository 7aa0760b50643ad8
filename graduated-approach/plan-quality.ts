import { BroadArea } from "./census-codes";
import type { Cycle } from "./cycle";
import { CYCLE_RULES } from "./plan-quality-cycle";
import { OUTCOME_RULES } from "./plan-quality-outcomes";
import { PROVISION_RULES } from "./plan-quality-provisions";
import type { PlanIssue, PlanQualityContext } from "./plan-quality-types";

export type { CycleStageName, PlanIssue, PlanQualityContext, PlanQualityRule } from "./plan-quality-types";

export const PLAN_QUALITY_RULES: readonly ((ctx: PlanQualityContext) => PlanIssue[])[] = [...CYCLE_RULES, ...OUTCOME_RULES, ...PROVISION_RULES];

/** Tier levels of the built-in framework, used when the caller does not say. */
const BUILT_IN_LEVELS: Record<string, number> = { universal: 1, targeted: 2, "targeted-plus": 3, specialist: 4 };

/** The built-in framework names its need areas after the broad areas. */
const builtInBroadArea = (areaId: string): BroadArea | undefined => BroadArea.safeParse(areaId).data;

/** Runs every plan-quality rule over one cycle. An empty list means nothing to fix. */
export function runPlanQuality(
  pupil: PlanQualityContext["pupil"],
  cycle: Cycle,
  today: string,
  tierLevel: number = BUILT_IN_LEVELS[pupil.tier] ?? 1,
  broadAreaOf: PlanQualityContext["broadAreaOf"] = builtInBroadArea,
): PlanIssue[] {
  const ctx = { pupil, cycle, today, tierLevel, broadAreaOf };
  return PLAN_QUALITY_RULES.flatMap((rule) => rule(ctx));
}
