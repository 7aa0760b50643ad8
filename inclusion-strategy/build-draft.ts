import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import { aYearOn } from "@/graduated-approach/a-year-on";
import { longDate } from "@/graduated-approach/long-date";
import { yearlyCost } from "@/graduated-approach/provision-cost";
import type { Pupil } from "@/graduated-approach/pupil";
import { latestCycle, cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import type { Intervention } from "@/provision-map/intervention";
import { pupilsOnRoster } from "@/provision-map/roster";
import type { Audit } from "@/self-audit/audit";
import { strengthsAndGaps } from "@/self-audit/strengths-gaps";
import { plannedCost } from "./activity-cost";
import { annualReviewLine } from "./sections";
import { InclusionStrategy, type StrategyActivity } from "./strategy-schema";
import { draftText } from "./draft-text";
import { describeWhoFor } from "./who-for";

export interface StrategyDraftInput {
  settingName: string;
  framework: Framework;
  /** The latest self-audit, for strengths and gaps; the draft says so when there is none. */
  audit?: Audit;
  interventions: readonly Intervention[];
  pupils: readonly Pupil[];
  cycles: readonly Cycle[];
  today: string;
}

/**
 * A first draft of the inclusion strategy from what the setting already records. It holds no pupil data:
 * activities say who they are for as year groups, tiers and areas, with a count of pupils.
 */
export function buildStrategyDraft(input: StrategyDraftInput): InclusionStrategy {
  const { today } = input;
  const period = { from: today, to: aYearOn(today) };
  const activities = [...interventionActivities(input, period), ...provisionActivities(input)];
  const gaps = input.audit ? strengthsAndGaps(input.framework, input.audit) : undefined;
  return InclusionStrategy.parse({
    settingName: input.settingName,
    periodFrom: period.from,
    periodTo: period.to,
    writtenOn: today,
    reviewOn: period.to,
    text: draftText({ ...input, gaps, activities, reviewLine: annualReviewLine(period.to, longDate) }),
    activities,
    updatedAt: `${today}T12:00:00.000Z`,
  });
}

function interventionActivities(input: StrategyDraftInput, period: { from: string; to: string }): StrategyActivity[] {
  const byId = new Map(input.pupils.map((p) => [p.id, p]));
  return input.interventions.map((group) => {
    const onRoster = pupilsOnRoster(group, input.today).flatMap((id) => byId.get(id) ?? []);
    const who = onRoster.length > 0 ? onRoster : [...new Set(group.roster.map((r) => r.pupilId))].flatMap((id) => byId.get(id) ?? []);
    return {
      id: `intervention-${group.id}`,
      name: group.name,
      forWhom: describeWhoFor(who, input.today, { framework: input.framework, tier: group.tier, area: group.area }),
      pupilCount: who.length,
      barrier: "",
      intendedImpact: group.measure ? `Progress on ${group.measure.name} from entry to exit.` : "",
      fundingSource: group.fundingSource,
      budgetedCost: plannedCost(group, period),
      from: "intervention",
    };
  });
}

/** Individual costed provision in pupils' current plans, one activity per kind (catalogue item or title). */
function provisionActivities(input: StrategyDraftInput): StrategyActivity[] {
  const byId = new Map(input.pupils.map((p) => [p.id, p]));
  const kinds = new Map<string, { name: string; area: string; cost: number; pupils: Set<string> }>();
  for (const [pupilId, cycles] of cyclesByPupil(input.cycles)) {
    const pupil = byId.get(pupilId);
    const current = latestCycle(cycles);
    if (!pupil || pupil.archivedOn || !current) continue;
    for (const provision of current.stages.plan.provisions) {
      const cost = yearlyCost(provision);
      if (cost <= 0 || !provision.title.trim()) continue;
      const key = provision.catalogueItemId ?? provision.title.trim().toLowerCase();
      const kind = kinds.get(key) ?? { name: provision.title.trim(), area: provision.area, cost: 0, pupils: new Set<string>() };
      kind.cost += cost;
      kind.pupils.add(pupilId);
      kinds.set(key, kind);
    }
  }
  return [...kinds].map(([key, kind]) => {
    const pupils = [...kind.pupils].flatMap((id) => byId.get(id) ?? []);
    return {
      id: `provision-${key.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
      name: kind.name,
      forWhom: describeWhoFor(pupils, input.today, { framework: input.framework, area: kind.area }),
      pupilCount: pupils.length,
      barrier: "",
      intendedImpact: "",
      fundingSource: "notional-sen-budget",
      budgetedCost: Math.round(kind.cost * 100) / 100,
      from: "costed-provision",
    };
  });
}

