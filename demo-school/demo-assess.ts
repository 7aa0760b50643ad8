import type { BroadArea } from "@/graduated-approach/census-codes";
import type { AdviceSource, AssessStage, ExternalAdvice } from "@/graduated-approach/cycle-stages";
import { addDays } from "@/graduated-approach/iso-date";
import { FAKE_ADVISERS } from "./fake-names";
import { AREA_PROFILES, ASSESSMENTS } from "./outcome-templates";
import type { Random } from "./prng";

const ADVISER_FOR_AREA: Record<BroadArea, AdviceSource[]> = {
  "communication-interaction": ["SALT", "specialist-teacher"],
  "cognition-learning": ["EP", "specialist-teacher"],
  semh: ["EP", "CAMHS"],
  "sensory-physical": ["OT", "specialist-teacher"],
};

/** Fills the Assess stage: strengths and needs per area (first cycle only), a fresh assessment and views. */
export function demoAssess(assess: AssessStage, areas: BroadArea[], openedOn: string, first: boolean, rng: Random, makeId: () => string) {
  for (const area of areas) {
    if (first || !assess.strengthsAndNeeds[area]) {
      assess.strengthsAndNeeds[area] = { strengths: rng.pick(AREA_PROFILES[area].strengths), needs: rng.pick(AREA_PROFILES[area].needs) };
    }
  }
  const area = rng.pick(areas);
  const test = rng.pick(ASSESSMENTS[area]);
  assess.assessments.push({
    id: makeId(),
    name: test.name,
    date: addDays(openedOn, -rng.int(0, 14)),
    score: test.format(rng.int(test.range[0], test.range[1])),
    note: "",
  });
  assess.pupilView = rng.pick(["Reading is hard when it's quiet and everyone is looking.", "I want to have more friends at lunch.", "I like it when I know what's next."]);
  assess.parentView = rng.pick(["Worried about the move to the next year.", "Sleep has been better this term.", "Would like ideas to help with reading at home."]);
}

export function demoExternalAdvice(area: BroadArea, openedOn: string, rng: Random, id: string): ExternalAdvice {
  return {
    id,
    source: rng.pick(ADVISER_FOR_AREA[area]),
    adviserName: `${rng.pick(FAKE_ADVISERS)} (made up)`,
    date: addDays(openedOn, -rng.int(10, 60)),
    recommendations: "Short daily over-learning; visual prompts for routines; review progress after six weeks.",
  };
}
