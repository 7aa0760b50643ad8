import type { BroadArea } from "@/graduated-approach/census-codes";
import type { Outcome, OutcomeProgress, Progress, Provision } from "@/graduated-approach/cycle-stages";
import { FAKE_STAFF } from "./fake-names";
import { OUTCOME_TEMPLATES } from "./outcome-templates";
import type { Random } from "./prng";
import { ONE_TO_ONE_SUPPORT, PROVISION_TEMPLATES, type ProvisionTemplate } from "./provision-templates";

/** An outcome from a template: baseline and target are counts on the same scale. */
export function demoOutcome(area: BroadArea, olderPupil: boolean, byWhen: string, rng: Random, id: string): Outcome {
  const templates = OUTCOME_TEMPLATES[area].filter((t) => olderPupil || !t.preparingForAdulthood);
  const t = rng.pick(templates);
  const baseline = rng.int(t.baseline[0], t.baseline[1]);
  const target = Math.min(t.max, baseline + rng.int(t.gain[0], t.gain[1]));
  return {
    id,
    area,
    what: t.what,
    baseline: amount(baseline, t.unit),
    target: amount(target, t.unit),
    howMeasured: t.howMeasured,
    byWhen,
    ...(t.preparingForAdulthood ? { preparingForAdulthood: true } : {}),
  };
}

/** Progress at review, with evidence on the outcome's own scale ("31 of 100 words… at review"). */
export function demoProgress(outcome: Outcome, rng: Random): OutcomeProgress {
  const from = leadingNumber(outcome.baseline);
  const to = leadingNumber(outcome.target);
  const cap = outcome.target.includes("%") ? 100 : Number(/ of (\d+)/.exec(outcome.target)?.[1] ?? Infinity);
  let progress = rng.weighted<Progress>({ "not-started": 10, some: 40, expected: 35, exceeded: 15 });
  let now = from;
  if (progress === "some") now = Math.min(to - 1, from + Math.max(1, Math.round((to - from) * (0.3 + rng.next() * 0.4))));
  if (progress === "expected") now = to;
  if (progress === "exceeded") now = Math.min(cap, to + rng.int(1, 3));
  if (progress === "exceeded" && now === to) progress = "expected";
  if (progress === "some" && now <= from) progress = "not-started";
  return { outcomeId: outcome.id, progress, evidence: `${outcome.target.replace(/^\d+/, String(now))} at review` };
}

/** A provision for the area, not already in the plan, at a level the tier allows; undefined if none is left. */
export function demoProvision(area: BroadArea, tier: string, inPlan: readonly Provision[], rng: Random, id: string): Provision | undefined {
  const targetedOnly = tier === "targeted" || tier === "universal";
  const choices = PROVISION_TEMPLATES[area].filter(
    (p) => (!targetedOnly || !p.statementId?.includes("-tp-")) && !inPlan.some((q) => q.title === p.title),
  );
  return choices.length > 0 ? fromTemplate(rng.pick(choices), area, rng, id) : undefined;
}

export function oneToOneSupport(area: BroadArea, rng: Random, id: string): Provision {
  return fromTemplate(ONE_TO_ONE_SUPPORT, area, rng, id);
}

function fromTemplate(template: ProvisionTemplate, area: BroadArea, rng: Random, id: string): Provision {
  const { staff, visitor, ...rest } = template;
  const who = staff === "visitor" ? (visitor ?? "Visiting specialist") : rng.pick(FAKE_STAFF[staff]);
  return { ...rest, id, area, who };
}

function amount(n: number, unit: string): string {
  return unit.startsWith("%") ? `${n}${unit}` : `${n} ${unit}`;
}

function leadingNumber(text: string): number {
  return Number(/^\d+/.exec(text)?.[0] ?? 0);
}
