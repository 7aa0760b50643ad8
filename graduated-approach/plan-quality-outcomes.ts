import type { Outcome } from "./cycle-stages";
import { issue, type PlanIssue, type PlanQualityContext } from "./plan-quality-types";

type Rule = (ctx: PlanQualityContext) => PlanIssue[];

const NUMBER_WORDS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|all|every|each|out of|per cent|percent)\b/i;

/** A target can be measured when it has a number or a counting word: "14 of 20 words", "half of lessons". */
export function isMeasurable(target: string): boolean {
  return /\d/.test(target) || NUMBER_WORDS.test(target);
}

/** How an issue names an outcome: its words in quotes, or "This outcome" while it has none. */
export function outcomeName(o: Pick<Outcome, "what">): string {
  return o.what.trim() ? `"${o.what.trim()}"` : "This outcome";
}

const lowerFirst = (s: string) => (s.startsWith("This") ? `t${s.slice(1)}` : s);

function perOutcome(check: (o: Outcome) => boolean, id: string, reason: (o: Outcome) => string, fix: string): Rule {
  return ({ cycle }) => cycle.stages.plan.outcomes.filter(check).map((o) => issue(id, "plan", reason(o), fix, o.id));
}

export const outcomeNoWhat = perOutcome(
  (o) => !o.what.trim(),
  "outcome-no-what",
  () => "An outcome does not yet say what the pupil will achieve.",
  "Write what the pupil will be able to do, for example \"use 12 new topic words in class\".",
);

export const outcomeNoBaseline = perOutcome(
  (o) => !o.baseline.trim(),
  "outcome-no-baseline",
  (o) => `${outcomeName(o)} has no baseline, so progress cannot be shown.`,
  "Write where the pupil is now, for example \"reads 4 of 20 words\".",
);

export const outcomeNoTarget = perOutcome(
  (o) => !o.target.trim(),
  "outcome-no-target",
  (o) => `${outcomeName(o)} has no target.`,
  "Write what the pupil will be able to do, with a number, for example \"reads 14 of 20 words\".",
);

export const outcomeTargetNotMeasurable = perOutcome(
  (o) => Boolean(o.target.trim()) && !isMeasurable(o.target),
  "outcome-target-not-measurable",
  (o) => `The target for ${lowerFirst(outcomeName(o))} has no number or measure, so nobody can tell when it is met.`,
  "Add a number or measure, for example \"4 out of 5 lessons\" or \"90% of words\".",
);

export const outcomeNoMeasure = perOutcome(
  (o) => !o.howMeasured.trim(),
  "outcome-no-measure",
  (o) => `${outcomeName(o)} does not say how progress will be measured.`,
  "Say how you will check, for example \"weekly word check\" or \"observation by the key adult\".",
);

export const outcomeNoByWhen = perOutcome(
  (o) => !o.byWhen,
  "outcome-no-by-when",
  (o) => `${outcomeName(o)} has no "by when" date.`,
  "Give the date by which the pupil should reach the target.",
);

export const OUTCOME_RULES: readonly Rule[] = [
  outcomeNoWhat, outcomeNoBaseline, outcomeNoTarget, outcomeTargetNotMeasurable, outcomeNoMeasure, outcomeNoByWhen,
];
