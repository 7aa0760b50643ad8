import { BROAD_AREA_LABELS } from "@/commitment-framework/broad-area";
import type { Framework } from "@/commitment-framework/schema";
import { yearGroupLabel } from "@/graduated-approach/year-group";
import { NOT_RECORDED, totalsBy, type ProvisionLine } from "./provision-lines";

export interface TotalRow {
  label: string;
  cost: number;
  pupils: number;
}

/** Whole-setting totals, each a list of rows largest first. */
export interface SettingTotals {
  total: number;
  pupils: number;
  byArea: TotalRow[];
  byTier: TotalRow[];
  byYearGroup: TotalRow[];
  byStaff: TotalRow[];
  byFunding: TotalRow[];
}

export const TOTAL_HEADINGS: Readonly<Record<Exclude<keyof SettingTotals, "total" | "pupils">, string>> = {
  byArea: "By area of need",
  byTier: "By tier",
  byYearGroup: "By year group",
  byStaff: "By member of staff",
  byFunding: "By funding source",
};

/**
 * Totals by broad area of need, tier, year group, member of staff and funding source. There is no class in
 * the pupil record, so there is no total by class; plan provision has no funding source, so it counts as "Not recorded".
 */
export function settingTotals(lines: readonly ProvisionLine[], framework: Framework): SettingTotals {
  const label = (rows: { key: string; cost: number; pupils: number }[], name: (k: string) => string) => rows.map((r) => ({ label: name(r.key), cost: r.cost, pupils: r.pupils }));
  const tierName = (id: string) => framework.tiers.find((t) => t.id === id)?.name ?? (id || NOT_RECORDED);
  return {
    total: Math.round(lines.reduce((s, l) => s + l.cost, 0) * 100) / 100,
    pupils: new Set(lines.map((l) => l.pupilId)).size,
    byArea: label(totalsBy(lines, (l) => l.broadArea ?? ""), (k) => (k ? BROAD_AREA_LABELS[k as keyof typeof BROAD_AREA_LABELS] : NOT_RECORDED)),
    byTier: label(totalsBy(lines, (l) => l.tier), tierName),
    byYearGroup: label(totalsBy(lines, (l) => l.yearGroup), (k) => yearGroupLabel(k as Parameters<typeof yearGroupLabel>[0])),
    byStaff: label(totalsBy(lines, (l) => l.staff), (k) => k),
    byFunding: label(totalsBy(lines, (l) => l.funding), (k) => k),
  };
}
