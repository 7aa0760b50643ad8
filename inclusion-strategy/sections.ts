import type { StrategyText } from "./strategy-schema";

/**
 * The strategy's headings, in order. DfE's template (docs/reform.md, S2) was not available to us, so these
 * follow what its guidance says a strategy must hold: the activity invested in to remove barriers to learning
 * and participation, its budgeted costs (with the core and notional SEN budgets), and an annual review.
 */
export const STRATEGY_HEADINGS = {
  cover: "About this strategy",
  context: "Our context and the needs we see",
  strengths: "What is working well",
  barriers: "Barriers to learning and participation we will remove",
  activities: "Activity we will invest in",
  budget: "Budgeted costs by funding source",
  intendedImpact: "Intended impact",
  monitoring: "How we will monitor and review impact",
  governance: "Governance and publication",
  checks: "Before you publish: what the school must still check",
} as const;

/** The prose sections a school edits, in the order the document prints them. */
export const TEXT_SECTIONS: readonly (keyof StrategyText)[] = ["context", "strengths", "barriers", "intendedImpact", "monitoring", "governance"];

/** Every heading the exported document carries, in order (tests check each one is there). */
export const EXPORT_HEADINGS: readonly string[] = [
  STRATEGY_HEADINGS.checks,
  STRATEGY_HEADINGS.cover,
  STRATEGY_HEADINGS.context,
  STRATEGY_HEADINGS.strengths,
  STRATEGY_HEADINGS.barriers,
  STRATEGY_HEADINGS.activities,
  STRATEGY_HEADINGS.budget,
  STRATEGY_HEADINGS.intendedImpact,
  STRATEGY_HEADINGS.monitoring,
  STRATEGY_HEADINGS.governance,
];

/** What the school must still check before publishing; printed first in every export and shown in the editor. */
export const CHECKS_BEFORE_PUBLISHING: readonly string[] = [
  "This is a draft made by SEND Companion from your self-audit and your recorded provision. Read every section and rewrite it in your school's voice.",
  "Compare the headings with the current DfE inclusion strategy template and the 7 principles of inclusion in 'Developing an inclusion strategy using the inclusive mainstream fund' (25 June 2026), and add anything they ask for that is missing here.",
  "Check each budgeted cost and funding source with your business manager, and enter your Inclusive Mainstream Fund allocation.",
  "Make sure nothing could identify a pupil: small groups in one year group can identify a child even without a name.",
  "Publish it on your school website by 31 December 2026, with the review date on the cover, and review it every year.",
];

/** The statement the guidance asks a multi-year strategy to carry on its cover page. */
export function annualReviewLine(reviewOn: string, longDate: (iso: string) => string): string {
  return `We review this strategy every year. The next review is due by ${longDate(reviewOn)}.`;
}
