import type { z } from "zod";
import { plainIssueMessage } from "@/commitment-framework/problems";

const FIELD_LABELS: Record<string, string> = {
  settingName: "The setting's name",
  periodFrom: "The start of the period",
  periodTo: "The end of the period",
  writtenOn: "The date written",
  reviewOn: "The review date",
  imfAllocation: "The Inclusive Mainstream Fund allocation",
  name: "name",
  budgetedCost: "budgeted cost",
  fundingSource: "funding source",
};

/** A problem with the draft as a sentence that says where: "Activity 3: name must not be empty". */
export function describeStrategyProblem(issue: z.core.$ZodIssue): string {
  const [first, index, field] = issue.path;
  const message = plainIssueMessage(issue);
  if (first === "activities" && typeof index === "number") {
    return `Activity ${index + 1}: ${FIELD_LABELS[String(field)] ?? String(field ?? "")} ${message}`.replace(/\s+/g, " ");
  }
  return `${FIELD_LABELS[String(first)] ?? String(first ?? "The strategy")} ${message}`;
}
