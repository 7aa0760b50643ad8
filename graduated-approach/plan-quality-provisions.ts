import { SEN_NEED_CODES } from "./census-codes";
import type { Provision } from "./cycle-stages";
import { issue, type PlanIssue, type PlanQualityContext } from "./plan-quality-types";

type Rule = (ctx: PlanQualityContext) => PlanIssue[];

/** How an issue names a provision: its words in quotes, or "This provision" while it has none. */
export function provisionName(p: Pick<Provision, "title">): string {
  return p.title.trim() ? `"${p.title.trim()}"` : "This provision";
}

function perProvision(check: (p: Provision, ctx: PlanQualityContext) => boolean, id: string, reason: (p: Provision) => string, fix: string): Rule {
  return (ctx) =>
    ctx.cycle.stages.plan.provisions.filter((p) => check(p, ctx)).map((p) => issue(id, "plan", reason(p), fix, p.id));
}

export const provisionNoTitle = perProvision(
  (p) => !p.title.trim(),
  "provision-no-title",
  () => "A provision does not yet say what it is.",
  "Name the provision, for example \"small-group language sessions\".",
);

export const provisionNoFrequency = perProvision(
  (p) => p.frequencyPerWeek <= 0,
  "provision-no-frequency",
  (p) => `${provisionName(p)} does not say how many times a week it happens.`,
  "Enter the number of sessions a week.",
);

export const provisionNoSessionLength = perProvision(
  (p) => p.sessionMinutes <= 0,
  "provision-no-session-length",
  (p) => `${provisionName(p)} does not say how long each session is.`,
  "Enter the length of a session in minutes.",
);

export const provisionNoWeeks = perProvision(
  (p) => p.weeks <= 0,
  "provision-no-weeks",
  (p) => `${provisionName(p)} does not say for how many weeks it runs.`,
  "Enter the number of weeks; a school year has 39.",
);

export const provisionNoCost = perProvision(
  (p) => p.hourlyCost <= 0,
  "provision-no-cost",
  (p) => `${provisionName(p)} has no hourly cost, so the provision map cannot cost it.`,
  "Enter the cost of an hour of the adult's time, for example £18 for a teaching assistant.",
);

export const provisionNoWho = perProvision(
  (p) => !p.who.trim(),
  "provision-no-who",
  (p) => `${provisionName(p)} does not say who delivers it.`,
  "Name the adult or role who delivers it.",
);

/**
 * Broad areas of need the plan is about: the pupil's census needs, the areas assessed, and the outcomes'
 * areas, each through the broad area its framework area belongs to (never by matching area ids).
 */
export function needAreas({ pupil, cycle, broadAreaOf }: PlanQualityContext): Set<string> {
  const areas = new Set<string>();
  const add = (area: string | null | undefined) => area && areas.add(area);
  for (const need of pupil.needs) add(SEN_NEED_CODES[need.code].area);
  for (const [area, profile] of Object.entries(cycle.stages.assess.strengthsAndNeeds)) {
    if (profile.needs.trim()) add(broadAreaOf(area));
  }
  for (const o of cycle.stages.plan.outcomes) add(broadAreaOf(o.area));
  return areas;
}

export const provisionNotLinkedToNeed = perProvision(
  (p, ctx) => !needAreas(ctx).has(ctx.broadAreaOf(p.area) ?? p.area),
  "provision-not-linked-to-need",
  (p) => `${provisionName(p)} is for an area of need that is not among the pupil's needs or outcomes.`,
  "Add an outcome in that area, record the need under Assess, or choose provision for the pupil's needs.",
);

export const PROVISION_RULES: readonly Rule[] = [
  provisionNoTitle, provisionNoFrequency, provisionNoSessionLength, provisionNoWeeks, provisionNoCost, provisionNoWho, provisionNotLinkedToNeed,
];
