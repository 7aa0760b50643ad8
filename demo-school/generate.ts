import type { Phase } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import type { Intervention } from "@/provision-map/intervention";
import { demoCycles } from "./demo-cycles";
import { demoInterventions } from "./demo-interventions";
import { demoPupil } from "./demo-pupil";
import { DEMO_SETTING_NAME } from "./fake-names";
import { createRandom } from "./prng";

export interface DemoSchoolOptions {
  pupils: number;
  seed: number;
  /** The day the demo is generated for, YYYY-MM-DD: cycles and reviews fall before it. */
  today: string;
}

export interface DemoSchool {
  setting: { name: string; phases: Phase[]; madeUp: true };
  pupils: Pupil[];
  cycles: Cycle[];
  /** Group interventions (phonics, Lego-based therapy, social skills, precision teaching, fine motor, nurture). */
  interventions: Intervention[];
}

/** The demo school the app seeds (and `npm start`'s pretend MIS shows): its size and random seed. */
export const DEMO_PUPILS = 30;
export const DEMO_SEED = 2026;

/** Most pupils one demo can hold: the UPN's establishment digits run out after this. */
export const MAX_DEMO_PUPILS = 100_000;

/**
 * A made-up school: obviously fake names, UPNs from the fake LA 999, about 60% of pupils at SEN support,
 * 15% with EHC plans and 25% being monitored, and 1–3 cycles for each pupil at SEN support or with a plan.
 * The same options always give the same school, ids included.
 */
export function generateDemoSchool({ pupils: count, seed, today }: DemoSchoolOptions): DemoSchool {
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_PUPILS) {
    throw new RangeError(`pupils must be a whole number from 0 to ${MAX_DEMO_PUPILS}`);
  }
  const rng = createRandom(seed);
  let next = 0;
  const makeId = () => `demo-${seed}-${(next++).toString(36)}`;
  const pupils: Pupil[] = [];
  const cycles: Cycle[] = [];
  for (let i = 0; i < count; i++) {
    const pupil = demoPupil(i, rng, today, makeId());
    pupils.push(pupil);
    if (pupil.senStatus.code === "K" || pupil.senStatus.code === "E") cycles.push(...demoCycles(pupil, rng, today, makeId));
  }
  // A stream of its own, so adding groups left every pupil and cycle of a seed as it was.
  let nextGroup = 0;
  const interventions = demoInterventions(pupils, today, createRandom(seed + 18), () => `demo-${seed}-group-${nextGroup++}`);
  return {
    setting: { name: DEMO_SETTING_NAME, phases: ["early-years", "school", "post-16"], madeUp: true },
    pupils,
    cycles,
    interventions,
  };
}
