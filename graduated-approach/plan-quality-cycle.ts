import { issue, type PlanIssue, type PlanQualityContext } from "./plan-quality-types";

type Rule = (ctx: PlanQualityContext) => PlanIssue[];
const none: PlanIssue[] = [];

export const noPupilView: Rule = ({ cycle }) =>
  cycle.stages.assess.pupilView.trim()
    ? none
    : [issue("no-pupil-view", "assess", "The pupil's own view is not recorded.", "Ask the pupil what is going well and what is hard, and write it in their words under Assess.")];

export const noParentView: Rule = ({ cycle }) =>
  cycle.stages.assess.parentView.trim()
    ? none
    : [issue("no-parent-view", "assess", "The parents' or carers' view is not recorded.", "Ask the parents or carers for their view and write it under Assess.")];

export const noExternalAdviceAtTargetedPlus: Rule = ({ cycle, tierLevel }) =>
  tierLevel >= 3 && cycle.stages.assess.externalAdvice.length === 0
    ? [issue("no-external-advice", "assess", "At this tier the plan should draw on advice from a specialist, but none is recorded.", "Add the advice of an educational psychologist, therapist or specialist teacher under Assess.")]
    : none;

export const noOutcomes: Rule = ({ cycle }) =>
  cycle.stages.plan.outcomes.length === 0
    ? [issue("no-outcomes", "plan", "The plan has no outcomes, so there is nothing to review progress against.", "Add at least one outcome under Plan.")]
    : none;

export const noProvision: Rule = ({ cycle }) =>
  cycle.stages.plan.outcomes.length > 0 && cycle.stages.plan.provisions.length === 0
    ? [issue("no-provision", "plan", "The plan has outcomes but no provision to help the pupil reach them.", "Choose provision from the framework or add your own under Plan.")]
    : none;

export const reviewDateMissing: Rule = ({ cycle }) =>
  cycle.stages.plan.reviewDate
    ? none
    : [issue("review-date-missing", "plan", "The plan has no review date.", "Set a review date under Plan; most plans are reviewed every 6 to 12 weeks.")];

export const reviewDatePast: Rule = ({ cycle, today }) => {
  const date = cycle.stages.plan.reviewDate;
  return cycle.status === "open" && date && date < today && !cycle.stages.review.reviewedOn
    ? [issue("review-date-past", "review", "The review date has passed and the review is not recorded.", "Hold the review and record it, or move the review date under Plan.")]
    : none;
};

export const closedWithoutDecision: Rule = ({ cycle }) =>
  cycle.status === "closed" && !cycle.stages.review.decision
    ? [issue("no-decision", "review", "The cycle was closed without a decision about what happens next.", "Record the decision under Review: continue, adjust, step down, move tier or request an assessment.")]
    : none;

export const outcomesNotRated: Rule = ({ cycle }) => {
  const { review, plan } = cycle.stages;
  if (!review.reviewedOn) return none;
  const rated = new Set(review.outcomeProgress.map((p) => p.outcomeId));
  return plan.outcomes
    .filter((o) => !rated.has(o.id))
    .map((o) => issue("outcome-not-rated", "review", `The review does not say how much progress was made towards "${o.what}".`, "Choose the progress made and note the evidence under Review.", o.id));
};

export const CYCLE_RULES: readonly Rule[] = [
  noPupilView, noParentView, noExternalAdviceAtTargetedPlus, noOutcomes, noProvision,
  reviewDateMissing, reviewDatePast, closedWithoutDecision, outcomesNotRated,
];
