import { Cycle } from "./cycle";
import type { Outcome, OutcomeProgress, Provision, ReviewDecision } from "./cycle-stages";
import { addDays, daysBetween } from "./iso-date";

const MET: ReadonlySet<OutcomeProgress["progress"]> = new Set(["expected", "exceeded"]);

/**
 * Pre-fills the next cycle from a reviewed one, so the SENCO edits rather than retypes.
 *
 * - Outcomes: those not yet met (progress "not-started", "some", or never rated) carry forward with new
 *   ids; the review's evidence, where written, becomes the new baseline; "by when" is cleared.
 * - Provisions: by the review decision.
 *     continue, request-ehcna (provision goes on while the request is decided), or no decision: all.
 *     adjust, move-tier: all except those whose impact was rated "none".
 *     step-down: none (the pupil moves to lighter support; the SENCO chooses it).
 * - Assess: strengths and needs per area carry forward as a draft; assessments, views and external
 *   advice stay with the cycle they belong to (the evidence pack reads every cycle).
 * - Review date: the same length of cycle as before, counted from `today`, if the previous plan had one.
 * - Do log and review: empty.
 */
export function nextCycleFrom(
  previous: Cycle,
  today: string,
  makeId: () => string = () => crypto.randomUUID(),
): Cycle {
  const { assess, plan, review } = previous.stages;
  const progressById = new Map(review.outcomeProgress.map((p) => [p.outcomeId, p]));
  const outcomes = plan.outcomes
    .filter((o) => !MET.has(progressById.get(o.id)?.progress ?? "not-started"))
    .map((o) => carryOutcome(o, progressById.get(o.id), makeId()));
  const provisions = provisionsToCarry(plan.provisions, review.decision, review.provisionImpact)
    .map((p) => ({ ...p, id: makeId() }));
  const reviewDate = plan.reviewDate
    ? addDays(today, Math.max(0, daysBetween(previous.openedOn, plan.reviewDate)))
    : undefined;

  return Cycle.parse({
    id: makeId(),
    pupilId: previous.pupilId,
    number: previous.number + 1,
    openedOn: today,
    stages: {
      assess: { strengthsAndNeeds: structuredClone(assess.strengthsAndNeeds) },
      plan: { outcomes, provisions, reviewDate },
    },
  });
}

function carryOutcome(outcome: Outcome, progress: OutcomeProgress | undefined, id: string): Outcome {
  const evidence = progress?.evidence.trim();
  return { ...outcome, id, baseline: evidence ? evidence : outcome.baseline, byWhen: undefined };
}

function provisionsToCarry(
  provisions: Provision[],
  decision: ReviewDecision | undefined,
  impacts: { provisionId: string; rating?: "none" | "some" | "good" }[],
): Provision[] {
  if (decision === "step-down") return [];
  if (decision === "adjust" || decision === "move-tier") {
    const noImpact = new Set(impacts.filter((i) => i.rating === "none").map((i) => i.provisionId));
    return provisions.filter((p) => !noImpact.has(p.id));
  }
  return provisions;
}
