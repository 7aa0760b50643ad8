import type { Cycle } from "./cycle";

/**
 * Drops log entries, impacts and progress that point at provision or outcomes no longer in the plan,
 * so removing one from the plan never leaves a cycle that cannot be saved.
 */
export function pruneReferences(cycle: Cycle): Cycle {
  const { plan, do: delivery, review } = cycle.stages;
  const outcomes = new Set(plan.outcomes.map((o) => o.id));
  const provisions = new Set(plan.provisions.map((p) => p.id));
  return {
    ...cycle,
    stages: {
      ...cycle.stages,
      do: { ...delivery, log: delivery.log.filter((e) => provisions.has(e.provisionId)) },
      review: {
        ...review,
        outcomeProgress: review.outcomeProgress.filter((p) => outcomes.has(p.outcomeId)),
        provisionImpact: review.provisionImpact.filter((p) => provisions.has(p.provisionId)),
      },
    },
  };
}
