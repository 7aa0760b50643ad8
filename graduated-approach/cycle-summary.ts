import { z } from "zod";
import type { Cycle } from "./cycle";
import { Id } from "./fields";
import { IsoDate } from "./iso-date";
import { openCycle } from "./pupil-cycles";

/** What the Due view, the register's review flag and the toolbar badge need of a pupil's open cycle. */
export const OpenCycleGlance = z.object({
  id: Id,
  number: z.number().int().min(1),
  openedOn: IsoDate,
  reviewDate: IsoDate.optional(),
  reviewedOn: IsoDate.optional(),
  /** How many outcomes its plan has (none is flagged in the Due view). */
  outcomes: z.number().int().min(0),
});
export type OpenCycleGlance = z.infer<typeof OpenCycleGlance>;

/**
 * One pupil's cycles at a glance, kept beside the cycles (storage writes it in the same transaction as any
 * change to them), so unlocking reads a summary per pupil instead of every cycle. Its id is the pupil's id.
 */
export const CycleSummary = z.object({
  id: Id,
  /** How many cycles the pupil has. */
  cycles: z.number().int().min(0),
  /** The highest cycle number so far (0 with none): the next cycle is numbered after it. */
  highestNumber: z.number().int().min(0),
  open: OpenCycleGlance.optional(),
});
export type CycleSummary = z.infer<typeof CycleSummary>;

/** The summary of these cycles, all of which are the pupil's (`pupilId`). */
export function summariseCycles(pupilId: string, cycles: readonly Cycle[]): CycleSummary {
  const open = openCycle(cycles);
  return {
    id: pupilId,
    cycles: cycles.length,
    highestNumber: cycles.reduce((n, c) => Math.max(n, c.number), 0),
    ...(open ? { open: glance(open) } : {}),
  };
}

/** The summary of two sets of one pupil's cycles together (a pupil has at most one open cycle). */
export function combineSummaries(a: CycleSummary, b: CycleSummary): CycleSummary {
  const open = a.open ?? b.open;
  return { id: a.id, cycles: a.cycles + b.cycles, highestNumber: Math.max(a.highestNumber, b.highestNumber), ...(open ? { open } : {}) };
}

/** The open cycle's fields the summary keeps. */
export function glance(cycle: Cycle): OpenCycleGlance {
  const { reviewDate } = cycle.stages.plan;
  const { reviewedOn } = cycle.stages.review;
  return {
    id: cycle.id,
    number: cycle.number,
    openedOn: cycle.openedOn,
    ...(reviewDate ? { reviewDate } : {}),
    ...(reviewedOn ? { reviewedOn } : {}),
    outcomes: cycle.stages.plan.outcomes.length,
  };
}

/** Looks up a pupil's summary by their id. */
export type SummaryOf = (pupilId: string) => CycleSummary | undefined;

/** The summary of every pupil who has cycles among these (all of each such pupil's cycles must be in it). */
export function summariseAll(cycles: readonly Cycle[]): CycleSummary[] {
  const byPupil = new Map<string, Cycle[]>();
  for (const c of cycles) {
    const theirs = byPupil.get(c.pupilId);
    if (theirs) theirs.push(c);
    else byPupil.set(c.pupilId, [c]);
  }
  return [...byPupil].map(([pupilId, theirs]) => summariseCycles(pupilId, theirs));
}

/** Summaries worked out from a set of cycles, looked up by pupil id. */
export function summaryLookup(cycles: readonly Cycle[]): SummaryOf {
  const summaries = new Map(summariseAll(cycles).map((s) => [s.id, s]));
  return (pupilId) => summaries.get(pupilId);
}
