import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import type { Pupil } from "@/graduated-approach/pupil";
import { cyclesByPupil, latestCycle } from "@/graduated-approach/pupil-cycles";
import type { YearGroup } from "@/graduated-approach/year-group";
import type { BroadArea } from "@/commitment-framework/broad-area";
import { shareCosts, type DateRange } from "./cost-share";
import { FUNDING_SOURCE_LABELS, type Intervention } from "./intervention";

/** One pupil's cost of one provision: the unit every whole-setting total, grid and export is added up from. */
export interface ProvisionLine {
  source: "plan" | "group";
  pupilId: string;
  yearGroup: YearGroup;
  /** The framework tier the cost counts under. */
  tier: string;
  /** The framework area id, or "" when none is recorded. */
  area: string;
  broadArea?: BroadArea;
  name: string;
  staff: string;
  funding: string;
  /** Pounds in the range (a group's share) or a year (a plan's provision). */
  cost: number;
  interventionId?: string;
}

export const NOT_RECORDED = "Not recorded";

export interface ProvisionLinesInput {
  pupils: readonly Pupil[];
  cycles: readonly Cycle[];
  interventions: readonly Intervention[];
  framework: Framework;
  /** The school year the group shares are counted in. */
  range: DateRange;
  /** Kept for callers; pupils are expected with their current year group (the models roll it over on load). */
  today?: string;
}

/** The broad area an area sits in, through its parents (as commitment-framework's broadAreaOf, kept here small). */
function broadAreaOf(framework: Framework, id: string): BroadArea | undefined {
  for (let area = framework.areas.find((a) => a.id === id), depth = 0; area && depth < 5; area = framework.areas.find((a) => a.id === area!.parent), depth++) {
    if (area.broadArea) return area.broadArea;
  }
  return undefined;
}

/** A group's area: its own, else its framework statement's. */
export function interventionArea(framework: Framework, i: Intervention): string {
  return i.area ?? framework.statements.find((s) => s.id === i.statementId)?.area ?? "";
}

/** A group's tier: its own, else its statement's level's tier; undefined to fall back on the pupil's. */
export function interventionTier(framework: Framework, i: Intervention): string | undefined {
  if (i.tier) return i.tier;
  const statement = framework.statements.find((s) => s.id === i.statementId);
  return statement ? framework.levels.find((l) => l.id === statement.level)?.tier : undefined;
}

/**
 * Every costed line in the setting: each pupil's latest plan's provisions (yearly cost) and each pupil's share
 * of every group's delivered sessions in the range. Archived pupils are left out of both.
 */
export function provisionLines({ pupils, cycles, interventions, framework, range }: ProvisionLinesInput): ProvisionLine[] {
  const current = new Map(pupils.filter((p) => !p.archivedOn).map((p) => [p.id, p]));
  const byPupil = cyclesByPupil(cycles);
  const lines: ProvisionLine[] = [];
  const broad = (area: string) => (area ? broadAreaOf(framework, area) : undefined);
  for (const pupil of current.values()) {
    for (const p of latestCycle(byPupil.get(pupil.id) ?? [])?.stages.plan.provisions ?? []) {
      const cost = yearlyCost(p);
      if (cost <= 0) continue;
      lines.push({
        source: "plan", pupilId: pupil.id, yearGroup: pupil.yearGroup, tier: pupil.tier, area: p.area, ...withBroad(broad(p.area)),
        name: p.title || "Untitled provision", staff: p.who.trim() || NOT_RECORDED, funding: NOT_RECORDED, cost,
      });
    }
  }
  for (const i of interventions) {
    const area = interventionArea(framework, i);
    const tier = interventionTier(framework, i);
    for (const { pupilId, share } of shareCosts(i, range).pupils) {
      const pupil = current.get(pupilId);
      if (!pupil || share <= 0) continue;
      lines.push({
        source: "group", pupilId, yearGroup: pupil.yearGroup, tier: tier ?? pupil.tier, area, ...withBroad(broad(area)),
        name: i.name, staff: i.staff.name, funding: FUNDING_SOURCE_LABELS[i.fundingSource], cost: share, interventionId: i.id,
      });
    }
  }
  return lines;
}

function withBroad(b: BroadArea | undefined): { broadArea?: BroadArea } {
  return b ? { broadArea: b } : {};
}

/** Lines added up by a key (e.g. year group or funding source), largest first, each to the penny, with how many pupils. */
export function totalsBy(lines: readonly ProvisionLine[], key: (line: ProvisionLine) => string): { key: string; cost: number; pupils: number }[] {
  const sums = new Map<string, { cost: number; pupils: Set<string> }>();
  for (const line of lines) {
    const k = key(line);
    const row = sums.get(k) ?? { cost: 0, pupils: new Set<string>() };
    row.cost += line.cost;
    row.pupils.add(line.pupilId);
    sums.set(k, row);
  }
  return [...sums]
    .map(([k, v]) => ({ key: k, cost: Math.round(v.cost * 100) / 100, pupils: v.pupils.size }))
    .sort((a, b) => b.cost - a.cost || a.key.localeCompare(b.key));
}
