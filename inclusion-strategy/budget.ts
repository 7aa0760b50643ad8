import { FUNDING_SOURCE_LABELS, FundingSource } from "@/provision-map/intervention";
import type { StrategyActivity } from "./strategy-schema";

export interface FundingLine {
  source: FundingSource;
  label: string;
  total: number;
  activities: number;
}

/** Budgeted cost per funding source, in the order the sources are listed, skipping those with no activity. */
export function budgetBySource(activities: readonly StrategyActivity[]): FundingLine[] {
  return FundingSource.options.flatMap((source) => {
    const mine = activities.filter((a) => a.fundingSource === source);
    if (mine.length === 0) return [];
    return [{ source, label: FUNDING_SOURCE_LABELS[source], total: pence(mine.reduce((sum, a) => sum + a.budgetedCost, 0)), activities: mine.length }];
  });
}

export function budgetTotal(activities: readonly StrategyActivity[]): number {
  return pence(activities.reduce((sum, a) => sum + a.budgetedCost, 0));
}

function pence(amount: number): number {
  return Math.round(amount * 100) / 100;
}
