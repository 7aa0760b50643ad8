import type { Framework } from "@/commitment-framework/schema";
import { tierLevel } from "@/commitment-framework/queries";
import { SEN_NEED_CODES, SEN_STATUS_LABELS, type SenStatusCode } from "@/graduated-approach/census-codes";
import type { Cycle } from "@/graduated-approach/cycle";
import { runPlanQuality } from "@/graduated-approach/plan-quality";
import type { Pupil } from "@/graduated-approach/pupil";
import { cyclesByPupil, openCycle } from "@/graduated-approach/pupil-cycles";
import { YearGroup, yearGroupLabel } from "@/graduated-approach/year-group";
import type { Intervention } from "./intervention";
import { buildProvisionMap } from "./provision-map-report";
import type { TotalRow } from "./setting-totals";
import type { WhatWorksRow } from "./what-works";

export interface CountRow {
  label: string;
  count: number;
}

/** The termly SEND report for governors: numbers only, never a pupil's name. */
export interface GovernorsReport {
  settingName: string;
  term: string;
  today: string;
  register: { total: number; byStatus: CountRow[]; byNeed: CountRow[]; byYearGroup: CountRow[] };
  spend: { total: number; pupils: number; byArea: TotalRow[]; byTier: TotalRow[]; byFunding: TotalRow[] };
  whatWorks: WhatWorksRow[];
  planQuality: { openCycles: number; nothingToImprove: number; commonIssues: CountRow[] };
}

export const GOVERNORS_HEADINGS = {
  register: "Pupils on the SEN register",
  spend: "Provision and spend",
  whatWorks: "What works",
  planQuality: "Plan quality",
} as const;

/** "Autumn term 2026" (September to December), "Spring term 2027" (January to March), "Summer term 2027" (April to August). */
export function termOf(date: string): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `${month >= 9 ? "Autumn" : month <= 3 ? "Spring" : "Summer"} term ${year}`;
}

const ON_REGISTER: readonly SenStatusCode[] = ["K", "E"];

/** Counts for governors from the register, cycles and groups; archived pupils and names are left out. */
export function buildGovernorsReport(input: {
  settingName: string; pupils: readonly Pupil[]; cycles: readonly Cycle[]; interventions: readonly Intervention[]; framework: Framework; today: string;
}): GovernorsReport {
  const { framework, today } = input;
  const current = input.pupils.filter((p) => !p.archivedOn);
  const onRegister = current.filter((p) => ON_REGISTER.includes(p.senStatus.code));
  const map = buildProvisionMap({ ...input, settingName: input.settingName });
  const byPupil = cyclesByPupil(input.cycles);
  const issues = new Map<string, number>();
  let openCycles = 0;
  let nothingToImprove = 0;
  for (const pupil of onRegister) {
    const open = openCycle(byPupil.get(pupil.id) ?? []);
    if (!open) continue;
    openCycles++;
    const found = runPlanQuality(pupil, open, today, tierLevel(framework, pupil.tier) || undefined);
    if (found.length === 0) nothingToImprove++;
    for (const id of new Set(found.map((i) => i.id))) issues.set(id, (issues.get(id) ?? 0) + 1);
  }
  return {
    settingName: input.settingName,
    term: termOf(today),
    today,
    register: {
      total: onRegister.length,
      byStatus: (["E", "K", "monitoring"] as const).map((code) => ({ label: SEN_STATUS_LABELS[code], count: current.filter((p) => p.senStatus.code === code).length })),
      byNeed: countBy(onRegister, (p) => {
        const need = p.needs.find((n) => n.rank === 1)?.code;
        return need ? `${SEN_NEED_CODES[need].label} (${need})` : "No primary need recorded";
      }),
      byYearGroup: YearGroup.options
        .map((y) => ({ label: yearGroupLabel(y), count: onRegister.filter((p) => p.yearGroup === y).length }))
        .filter((r) => r.count > 0),
    },
    spend: { total: map.totals.total, pupils: map.totals.pupils, byArea: map.totals.byArea, byTier: map.totals.byTier, byFunding: map.totals.byFunding },
    whatWorks: map.whatWorks,
    planQuality: {
      openCycles,
      nothingToImprove,
      commonIssues: [...issues]
        .map(([id, count]) => ({ label: issueLabel(id), count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
        .slice(0, 8),
    },
  };
}

/** A rule's id in words ("outcome-not-rated" → "Outcome not rated"): the rule's own message can quote a pupil's plan. */
function issueLabel(id: string): string {
  const words = id.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
