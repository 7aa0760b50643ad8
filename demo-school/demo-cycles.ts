import { type BroadArea, BroadArea as BroadAreas, SEN_NEED_CODES } from "@/graduated-approach/census-codes";
import { type Cycle, newCycle } from "@/graduated-approach/cycle";
import type { ImpactRating, ReviewDecision } from "@/graduated-approach/cycle-stages";
import { addDays } from "@/graduated-approach/iso-date";
import { nextCycleFrom } from "@/graduated-approach/next-cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { yearOffset } from "@/graduated-approach/year-group";
import { demoOutcome, demoProgress, demoProvision, oneToOneSupport } from "./demo-plan";
import { demoAssess, demoExternalAdvice } from "./demo-assess";
import type { Random } from "./prng";
import { schoolDay } from "./school-day";

const CYCLE_DAYS = 84;

/**
 * 1–3 cycles (or `wanted`, when a school of a given size asks for more) for a pupil at SEN support or with an
 * EHC plan: earlier ones reviewed and closed, the last open.
 */
export function demoCycles(pupil: Pupil, rng: Random, today: string, makeId: () => string, wanted?: number): Cycle[] {
  const count = wanted ?? rng.int(1, 3);
  const openedOn: string[] = [schoolDay(addDays(today, -rng.int(9, 80)))];
  while (openedOn.length < count) openedOn.unshift(schoolDay(addDays(openedOn[0]!, -rng.int(77, 91))));
  const areas = pupilAreas(pupil, rng);
  const cycles: Cycle[] = [];

  openedOn.forEach((date, i) => {
    const previous = cycles[i - 1];
    const cycle = previous ? nextCycleFrom(previous, date, makeId) : newCycle(pupil.id, 1, date, makeId());
    const reviewDate = addDays(date, CYCLE_DAYS);
    cycle.stages.plan.reviewDate = reviewDate;
    fillPlan(cycle, pupil, areas, reviewDate, rng, makeId);
    demoAssess(cycle.stages.assess, areas, date, !previous, rng, makeId);
    if (!previous && pupil.tier !== "targeted") cycle.stages.assess.externalAdvice.push(demoExternalAdvice(areas[0]!, date, rng, makeId()));
    const closesOn = openedOn[i + 1];
    fillLog(cycle, closesOn ?? today, rng, makeId);
    if (closesOn) reviewCycle(cycle, pupil, closesOn, rng);
    cycles.push(cycle);
  });
  return cycles;
}

function pupilAreas(pupil: Pupil, rng: Random): BroadArea[] {
  const areas = pupil.needs.map((n) => SEN_NEED_CODES[n.code].area).filter((a): a is BroadArea => a !== null);
  return areas.length > 0 ? [...new Set(areas)] : [rng.pick(BroadAreas.options)];
}

function fillPlan(cycle: Cycle, pupil: Pupil, areas: BroadArea[], reviewDate: string, rng: Random, makeId: () => string) {
  const { plan } = cycle.stages;
  const older = yearOffset(pupil.yearGroup) >= 9;
  for (const o of plan.outcomes) o.byWhen = reviewDate;
  const wanted = rng.int(2, 3);
  while (plan.outcomes.length < wanted) plan.outcomes.push(demoOutcome(rng.pick(areas), older, reviewDate, rng, makeId()));
  if (cycle.number === 1 && pupil.senStatus.code === "E") plan.provisions.push(oneToOneSupport(areas[0]!, rng, makeId()));
  const wantedProvisions = rng.int(1, 3);
  for (let tries = 0; plan.provisions.length < wantedProvisions && tries < 6; tries++) {
    const provision = demoProvision(rng.pick(areas), pupil.tier, plan.provisions, rng, makeId());
    if (provision) plan.provisions.push(provision);
  }
}

function fillLog(cycle: Cycle, until: string, rng: Random, makeId: () => string) {
  for (const provision of cycle.stages.plan.provisions) {
    for (let week = 0; week < 6; week++) {
      const date = schoolDay(addDays(cycle.openedOn, week * 7 + rng.int(0, 4)));
      if (date >= until) break;
      const delivered = rng.chance(0.85);
      const note = delivered ? "" : rng.pick(["Pupil absent.", "Session cancelled: adult covering a class.", "School trip."]);
      cycle.stages.do.log.push({ id: makeId(), date, provisionId: provision.id, delivered, note });
    }
  }
}

function reviewCycle(cycle: Cycle, pupil: Pupil, reviewedOn: string, rng: Random) {
  const { plan, review } = cycle.stages;
  cycle.status = "closed";
  review.reviewedOn = reviewedOn;
  review.outcomeProgress = plan.outcomes.map((o) => demoProgress(o, rng));
  review.provisionImpact = plan.provisions.map((p) => {
    const rating = rng.weighted<ImpactRating>({ good: 45, some: 40, none: 15 });
    const impact = { good: "Clear gains seen in class as well as in sessions.", some: "Some gains in sessions; not yet used in class.", none: "Little change so far." }[rating];
    return { provisionId: p.id, impact, rating };
  });
  review.pupilView = rng.pick(["I like my group. It helps me.", "The sessions are OK but I miss playtime.", "I can do more on my own now."]);
  review.parentView = rng.pick(["We see more confidence at home.", "Homework is still a battle.", "Happy with the plan; please keep the check-ins."]);
  const canRequest = pupil.senStatus.code === "K" && pupil.tier === "targeted-plus";
  review.decision = rng.weighted<ReviewDecision>({
    continue: 45, adjust: 35, "move-tier": 8, "step-down": 5, "request-ehcna": canRequest ? 7 : 0,
  });
  review.decisionNote = `Agreed with ${pupil.firstName} and family at the review meeting (demo).`;
}
