import type { BroadArea } from "./census-codes";
import type { Cycle } from "./cycle";
import type { Pupil } from "./pupil";

export type CycleStageName = "assess" | "plan" | "do" | "review";

/** One thing a plan could do better: which rule, why it matters in plain English, and how to put it right. */
export interface PlanIssue {
  id: string;
  stage: CycleStageName;
  reason: string;
  fix: string;
  /** The outcome or provision the issue is about, when it is about one. */
  itemId?: string;
}

export interface PlanQualityContext {
  pupil: Pick<Pupil, "needs" | "tier">;
  cycle: Cycle;
  /** YYYY-MM-DD. */
  today: string;
  /** 1 (lowest) to 4: the pupil's tier's place in the framework. */
  tierLevel: number;
  /** The broad area of need a framework area belongs to, so plans link to needs through it, whatever the area ids. */
  broadAreaOf: (areaId: string) => BroadArea | undefined;
}

export type PlanQualityRule = (ctx: PlanQualityContext) => PlanIssue[];

/** Helper for rules: one issue. */
export function issue(id: string, stage: CycleStageName, reason: string, fix: string, itemId?: string): PlanIssue {
  return itemId ? { id, stage, reason, fix, itemId } : { id, stage, reason, fix };
}
