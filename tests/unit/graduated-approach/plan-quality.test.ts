import { describe, expect, it } from "vitest";
import type { Cycle } from "@/graduated-approach/cycle";
import { isMeasurable } from "@/graduated-approach/plan-quality-outcomes";
import { PLAN_QUALITY_RULES, runPlanQuality } from "@/graduated-approach/plan-quality";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";

const TODAY = "2026-01-15";
const pupil = fakePupil();
const ids = (cycle: Cycle, today = TODAY, tierLevel?: number, p = pupil) => runPlanQuality(p, cycle, today, tierLevel).map((i) => i.id);

/** For each rule: a change to the good cycle that breaks it. */
const breaks: [string, (c: Cycle) => void][] = [
  ["no-pupil-view", (c) => { c.stages.assess.pupilView = " "; }],
  ["no-parent-view", (c) => { c.stages.assess.parentView = ""; }],
  ["no-outcomes", (c) => { c.stages.plan.outcomes = []; }],
  ["no-provision", (c) => { c.stages.plan.provisions = []; }],
  ["review-date-missing", (c) => { c.stages.plan.reviewDate = undefined; }],
  ["review-date-past", (c) => { c.stages.plan.reviewDate = "2026-01-14"; }],
  ["outcome-no-baseline", (c) => { c.stages.plan.outcomes[0]!.baseline = ""; }],
  ["outcome-no-target", (c) => { c.stages.plan.outcomes[0]!.target = ""; }],
  ["outcome-target-not-measurable", (c) => { c.stages.plan.outcomes[0]!.target = "Uses more topic words"; }],
  ["outcome-no-measure", (c) => { c.stages.plan.outcomes[0]!.howMeasured = ""; }],
  ["outcome-no-by-when", (c) => { c.stages.plan.outcomes[0]!.byWhen = undefined; }],
  ["provision-no-frequency", (c) => { c.stages.plan.provisions[0]!.frequencyPerWeek = 0; }],
  ["provision-no-session-length", (c) => { c.stages.plan.provisions[0]!.sessionMinutes = 0; }],
  ["provision-no-weeks", (c) => { c.stages.plan.provisions[0]!.weeks = 0; }],
  ["provision-no-cost", (c) => { c.stages.plan.provisions[0]!.hourlyCost = 0; }],
  ["provision-no-who", (c) => { c.stages.plan.provisions[0]!.who = ""; }],
  ["provision-not-linked-to-need", (c) => { c.stages.plan.provisions[0]!.area = "sensory-physical"; }],
  ["no-decision", (c) => { c.status = "closed"; c.stages.review.reviewedOn = "2026-01-15"; c.stages.review.outcomeProgress = [{ outcomeId: "o1", progress: "some", evidence: "" }]; }],
  ["outcome-not-rated", (c) => { c.stages.review.reviewedOn = "2026-01-15"; }],
];

describe("plan-quality rules", () => {
  it("finds nothing to fix in a complete plan", () => {
    expect(runPlanQuality(pupil, goodCycle(), TODAY)).toEqual([]);
  });

  it("has at least 12 rules, each explaining itself with a reason and a fix", () => {
    expect(PLAN_QUALITY_RULES.length).toBeGreaterThanOrEqual(12);
    const empty = editCycle(goodCycle(), (c) => { c.stages.assess.pupilView = ""; });
    for (const found of runPlanQuality(pupil, empty, TODAY)) {
      expect(found.reason).toMatch(/\.$/);
      expect(found.fix.length).toBeGreaterThan(10);
    }
  });

  it.each(breaks)("flags %s, and only that", (id, edit) => {
    const found = ids(editCycle(goodCycle(), edit));
    expect(found).toContain(id);
    expect(found.filter((f) => f !== id)).toEqual([]);
  });

  it("names the outcome or provision an issue is about", () => {
    const cycle = editCycle(goodCycle(), (c) => { c.stages.plan.provisions[0]!.hourlyCost = 0; });
    const [found] = runPlanQuality(pupil, cycle, TODAY);
    expect(found).toMatchObject({ itemId: "pv1", stage: "plan" });
    expect(found!.reason).toContain("Word work group");
  });

  it("asks for the words of a blank outcome or provision, and names it \"This outcome\" meanwhile", () => {
    const blank = editCycle(goodCycle(), (c) => {
      c.stages.plan.outcomes[0]!.what = "";
      c.stages.plan.outcomes[0]!.baseline = "";
      c.stages.plan.provisions[0]!.title = " ";
    });
    const found = runPlanQuality(pupil, blank, TODAY);
    expect(found.map((f) => f.id).sort()).toEqual(["outcome-no-baseline", "outcome-no-what", "provision-no-title"]);
    expect(found.find((f) => f.id === "outcome-no-baseline")!.reason).toBe("This outcome has no baseline, so progress cannot be shown.");
  });

  it("asks for external advice only from Targeted Plus (tier 3) up", () => {
    const noAdvice = editCycle(goodCycle(), (c) => { c.stages.assess.externalAdvice = []; });
    expect(ids(noAdvice, TODAY, 2)).toEqual([]);
    expect(ids(noAdvice, TODAY, 3)).toEqual(["no-external-advice"]);
    expect(ids(noAdvice, TODAY, undefined, fakePupil({ tier: "specialist" }))).toEqual(["no-external-advice"]);
  });

  it("does not call the review date past on the day itself or once the review is recorded", () => {
    expect(ids(goodCycle(), "2026-03-20")).toEqual([]);
    expect(ids(goodCycle(), "2026-03-21")).toEqual(["review-date-past"]);
    const reviewed = editCycle(goodCycle(), (c) => {
      c.stages.review.reviewedOn = "2026-03-21";
      c.stages.review.outcomeProgress = [{ outcomeId: "o1", progress: "some", evidence: "" }];
    });
    expect(ids(reviewed, "2026-03-25")).toEqual([]);
  });

  it("links provision to a need through the pupil's census need, the areas assessed or an outcome", () => {
    const sensory = editCycle(goodCycle(), (c) => { c.stages.plan.provisions[0]!.area = "sensory-physical"; });
    expect(ids(sensory, TODAY, 2, fakePupil({ needs: [{ code: "HI", rank: 1 }] }))).toEqual([]);
    const assessed = editCycle(sensory, (c) => { c.stages.assess.strengthsAndNeeds = { "sensory-physical": { strengths: "", needs: "Tires when writing" } }; });
    expect(ids(assessed)).toEqual([]);
  });

  it("counts a target as measurable when it has a number or a counting word", () => {
    expect(isMeasurable("reads 14 of 20 words")).toBe(true);
    expect(isMeasurable("in four out of five lessons")).toBe(true);
    expect(isMeasurable("90%")).toBe(true);
    expect(isMeasurable("reads better")).toBe(false);
    expect(isMeasurable("more confident")).toBe(false);
  });
});
