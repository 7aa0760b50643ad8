import { z } from "zod";
import { AssessStage, DoStage, PlanStage, ReviewStage } from "./cycle-stages";
import { Id } from "./fields";
import { IsoDate } from "./iso-date";

export const CycleStatus = z.enum(["open", "closed"]);
export type CycleStatus = z.infer<typeof CycleStatus>;

/** The four stages of one assess–plan–do–review cycle; each starts empty. */
export const CycleStages = z.object({
  assess: AssessStage.prefault({}),
  plan: PlanStage.prefault({}),
  do: DoStage.prefault({}),
  review: ReviewStage.prefault({}),
});
export type CycleStages = z.infer<typeof CycleStages>;

/** One assess–plan–do–review cycle for one pupil. Parses from just {id, pupilId, number, openedOn}. */
const CycleFields = z.object({
  id: Id,
  pupilId: Id,
  /** 1 for the pupil's first cycle, then 2, 3… */
  number: z.number().int().min(1),
  status: CycleStatus.default("open"),
  openedOn: IsoDate,
  stages: CycleStages.prefault({}),
});

export const Cycle = CycleFields.superRefine(checkReferences);
export type Cycle = z.infer<typeof Cycle>;

function checkReferences(cycle: z.infer<typeof CycleFields>, ctx: z.RefinementCtx) {
  const { plan, do: delivery, review } = cycle.stages;
  const outcomeIds = uniqueIds(plan.outcomes, ["stages", "plan", "outcomes"], "outcome", ctx);
  const provisionIds = uniqueIds(plan.provisions, ["stages", "plan", "provisions"], "provision", ctx);
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

  delivery.log.forEach((entry, i) => {
    if (!provisionIds.has(entry.provisionId)) {
      issue(["stages", "do", "log", i, "provisionId"], "This log entry is for a provision that is not in the plan.");
    }
  });
  review.outcomeProgress.forEach((p, i) => {
    if (!outcomeIds.has(p.outcomeId)) {
      issue(["stages", "review", "outcomeProgress", i, "outcomeId"], "This progress is for an outcome that is not in the plan.");
    }
  });
  review.provisionImpact.forEach((p, i) => {
    if (!provisionIds.has(p.provisionId)) {
      issue(["stages", "review", "provisionImpact", i, "provisionId"], "This impact is for a provision that is not in the plan.");
    }
  });
  if (cycle.status === "closed" && !review.reviewedOn) {
    issue(["stages", "review", "reviewedOn"], "Enter the date of the review before closing the cycle.");
  }
  if (review.reviewedOn && review.reviewedOn < cycle.openedOn) {
    issue(["stages", "review", "reviewedOn"], "The review date must be on or after the day the cycle opened.");
  }
}

function uniqueIds(items: { id: string }[], path: (string | number)[], noun: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", path: [...path, i, "id"], message: `Another ${noun} in this plan already has id "${item.id}".` });
    }
    seen.add(item.id);
  });
  return seen;
}

/** A new, empty, open cycle opened on `today`. */
export function newCycle(pupilId: string, number: number, today: string, id: string = crypto.randomUUID()): Cycle {
  return Cycle.parse({ id, pupilId, number, openedOn: today });
}

/** The pupil's cycles, first to latest. */
export function sortCycles(cycles: readonly Cycle[]): Cycle[] {
  return [...cycles].sort((a, b) => a.number - b.number);
}
