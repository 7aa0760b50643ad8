import { FUNDING_SOURCE_LABELS, FundingSource } from "@/provision-map/intervention";
import type { StrategyActivity } from "./strategy-schema";

export interface FundingLine {
  source: FundingSource;
  label: string;
  total: number;
  activities: number;
}

/** The sources DfE's guidance names (the IMF alongside the core budget and its notional SEN budget): always listed. */
const ALWAYS_LISTED: readonly FundingSource[] = ["notional-sen-budget", "core-budget", "inclusive-mainstream-fund"];

/** Budgeted cost per funding source, in the order the sources are listed; other sources only when an activity uses them. */
export function budgetBySource(activities: readonly StrategyActivity[]): FundingLine[] {
  return FundingSource.options.flatMap((source) => {
    const mine = activities.filter((a) => a.fundingSource === source);
    if (mine.length === 0 && !ALWAYS_LISTED.includes(source)) return [];
    return [{ source, label: FUNDING_SOURCE_LABELS[source], total: pence(mine.reduce((sum, a) => sum + a.budgetedCost, 0)), activities: mine.length }];
  });
}

export function budgetTotal(activities: readonly StrategyActivity[]): number {
  return pence(activities.reduce((sum, a) => sum + a.budgetedCost, 0));
}

function pence(amount: number): number {
  return Math.round(amount * 100) / 100;
}
