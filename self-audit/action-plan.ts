import type { Framework, Statement } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements } from "./applicable";
import { ratingOf } from "./scoring";
import { scaleMax, scaleMin } from "./scale";

export type Priority = "High" | "Medium" | "Low";

export interface ActionItem {
  statement: Statement;
  rating: number | undefined;
  priority: Priority;
  action: string;
  owner: string;
  due: string | undefined;
}

/** The lower the rating, the higher the priority; a statement not yet rated sits in the middle. */
export function priorityFor(framework: Framework, rating: number | undefined): Priority {
  if (rating === undefined) return "Medium";
  if (rating <= scaleMin(framework.auditScale)) return "High";
  if (rating >= scaleMax(framework.auditScale)) return "Low";
  return "Medium";
}

const PRIORITY_ORDER: Record<Priority, number> = { High: 0, Medium: 1, Low: 2 };

/** Every statement with an action written, soonest due first (undated last), then by priority and rating. */
export function actionPlan(framework: Framework, audit: Audit): ActionItem[] {
  const items = applicableStatements(framework, audit.phase).flatMap((statement, order) => {
    const a = audit.assessments[statement.id];
    if (!a || !a.action.trim()) return [];
    const rating = ratingOf(audit, statement.id, framework.auditScale);
    const item: ActionItem = { statement, rating, priority: priorityFor(framework, rating), action: a.action.trim(), owner: a.owner.trim(), due: a.due };
    return [{ item, order }];
  });
  return items
    .sort(
      (x, y) =>
        compareDue(x.item.due, y.item.due) ||
        PRIORITY_ORDER[x.item.priority] - PRIORITY_ORDER[y.item.priority] ||
        (x.item.rating ?? Infinity) - (y.item.rating ?? Infinity) ||
        x.order - y.order,
    )
    .map((x) => x.item);
}

function compareDue(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
