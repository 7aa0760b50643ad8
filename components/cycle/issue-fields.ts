import type { PlanIssue } from "@/graduated-approach/plan-quality";

/** Which field of an outcome, provision or review item each per-item rule is about (the end of the field's id). */
const ITEM_FIELDS: Record<string, { prefix: string; field: string }> = {
  "outcome-no-what": { prefix: "oc", field: "what" },
  "outcome-no-baseline": { prefix: "oc", field: "baseline" },
  "outcome-no-target": { prefix: "oc", field: "target" },
  "outcome-target-not-measurable": { prefix: "oc", field: "target" },
  "outcome-no-measure": { prefix: "oc", field: "measure" },
  "outcome-no-by-when": { prefix: "oc", field: "by" },
  "provision-no-title": { prefix: "pv", field: "title" },
  "provision-no-frequency": { prefix: "pv", field: "freq" },
  "provision-no-session-length": { prefix: "pv", field: "mins" },
  "provision-no-weeks": { prefix: "pv", field: "weeks" },
  "provision-no-cost": { prefix: "pv", field: "cost" },
  "provision-no-who": { prefix: "pv", field: "who" },
  "provision-not-linked-to-need": { prefix: "pv", field: "area" },
  "outcome-not-rated": { prefix: "rv", field: "progress" },
};

/** Whole-cycle rules and the control that puts each right. */
const CYCLE_FIELDS: Record<string, string> = {
  "no-pupil-view": "assess-pupil-view",
  "no-parent-view": "assess-parent-view",
  "no-outcomes": "add-outcome",
  "no-provision": "add-provision",
  "review-date-missing": "plan-review-date",
  "no-decision": "review-decision",
};

/** The id of the field (or button) an issue is about, so the summary can link to it; undefined if none. */
export function issueFieldId(issue: PlanIssue): string | undefined {
  const item = ITEM_FIELDS[issue.id];
  if (item && issue.itemId) return `${item.prefix}-${issue.itemId}-${item.field}`;
  return CYCLE_FIELDS[issue.id];
}

/** The advice to show beside one field: how to put right each issue about it (the summary above gives the reasons). */
export function adviceFor(issues: readonly PlanIssue[], fieldId: string): string | undefined {
  const about = issues.filter((i) => issueFieldId(i) === fieldId);
  return about.length ? about.map((i) => i.fix).join(" ") : undefined;
}
