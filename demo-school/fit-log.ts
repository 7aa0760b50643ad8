import type { Cycle } from "@/graduated-approach/cycle";
import { addDays } from "@/graduated-approach/iso-date";
import type { Random } from "./prng";
import { schoolDay } from "./school-day";

/**
 * Brings the delivery logs of all cycles to exactly `total` entries: takes the latest entries off when there
 * are too many, and adds weekly sessions after each cycle's last one (round the cycles in turn) when too few.
 * Cycles with no provision get no entries.
 */
export function fitLogEntries(cycles: Cycle[], total: number, rng: Random, makeId: () => string): void {
  const withProvision = cycles.filter((c) => c.stages.plan.provisions.length > 0);
  let count = cycles.reduce((n, c) => n + c.stages.do.log.length, 0);
  for (let i = 0; count > total; i = (i + 1) % cycles.length) {
    if (cycles[i]!.stages.do.log.pop()) count--;
  }
  for (let i = 0; count < total && withProvision.length > 0; i = (i + 1) % withProvision.length, count++) {
    const cycle = withProvision[i]!;
    const log = cycle.stages.do.log;
    const last = log[log.length - 1]?.date ?? cycle.openedOn;
    const provision = rng.pick(cycle.stages.plan.provisions);
    log.push({ id: makeId(), date: schoolDay(addDays(last, rng.int(1, 7))), provisionId: provision.id, delivered: rng.chance(0.9), note: "" });
  }
}
