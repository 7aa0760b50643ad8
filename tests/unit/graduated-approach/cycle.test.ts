import { describe, expect, it } from "vitest";
import { Cycle, newCycle } from "@/graduated-approach/cycle";
import type { ReviewDecision } from "@/graduated-approach/cycle-stages";
import { nextCycleFrom } from "@/graduated-approach/next-cycle";

function counter(prefix = "new") {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const provision = (id: string, title: string) => ({
  id, title, area: "cognition-learning", statementId: "cl-t-01", who: "Mrs Testworth (TA)",
  frequencyPerWeek: 5, sessionMinutes: 15, groupSize: 3, weeks: 12, hourlyCost: 18,
});

/** A closed, reviewed cycle: four outcomes at different progress, two provisions rated good and none. */
function reviewedCycle(decision?: ReviewDecision): Cycle {
  return Cycle.parse({
    id: "c1",
    pupilId: "p1",
    number: 1,
    status: "closed",
    openedOn: "2025-09-08",
    stages: {
      assess: {
        strengthsAndNeeds: { "cognition-learning": { strengths: "Keen to read", needs: "Phonics gaps" } },
        assessments: [{ id: "a1", name: "Reading test", date: "2025-09-01", score: "SS 78" }],
        pupilView: "I want to read comics.",
        externalAdvice: [{ id: "x1", source: "EP", date: "2025-07-01", recommendations: "Over-learning" }],
      },
      plan: {
        outcomes: [
          { id: "o-none", area: "cognition-learning", what: "Blend CVC words", baseline: "4 of 20", target: "14 of 20", byWhen: "2025-12-01" },
          { id: "o-some", area: "cognition-learning", what: "Read HFW", baseline: "18 of 100", target: "40 of 100" },
          { id: "o-met", area: "cognition-learning", what: "Number bonds", baseline: "5 of 20", target: "15 of 20" },
          { id: "o-unrated", area: "semh", what: "Settle in the morning", baseline: "3 of 10", target: "8 of 10" },
        ],
        provisions: [provision("pv-good", "Phonics catch-up"), provision("pv-none", "Precision teaching")],
        reviewDate: "2025-12-01",
      },
      do: { log: [{ id: "l1", date: "2025-09-15", provisionId: "pv-good", delivered: true }] },
      review: {
        reviewedOn: "2025-12-01",
        outcomeProgress: [
          { outcomeId: "o-none", progress: "not-started", evidence: "" },
          { outcomeId: "o-some", progress: "some", evidence: "29 of 100 at review" },
          { outcomeId: "o-met", progress: "expected", evidence: "15 of 20" },
        ],
        provisionImpact: [
          { provisionId: "pv-good", impact: "Clear gains", rating: "good" },
          { provisionId: "pv-none", impact: "No change", rating: "none" },
        ],
        parentView: "Pleased",
        decision,
      },
    },
  });
}

describe("Cycle", () => {
  it("parses a new cycle from just its id, pupil, number and opening date", () => {
    const cycle = Cycle.parse({ id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03" });
    expect(cycle.status).toBe("open");
    expect(cycle.stages.assess).toEqual({ strengthsAndNeeds: {}, assessments: [], pupilView: "", parentView: "", externalAdvice: [] });
    expect(cycle.stages.plan).toEqual({ outcomes: [], provisions: [] });
    expect(cycle.stages.do).toEqual({ log: [] });
    expect(cycle.stages.review).toEqual({ outcomeProgress: [], provisionImpact: [], pupilView: "", parentView: "", decisionNote: "" });
  });

  it("newCycle opens an empty cycle with the given number", () => {
    const cycle = newCycle("p1", 3, "2026-03-03", "fixed");
    expect(cycle).toMatchObject({ id: "fixed", pupilId: "p1", number: 3, status: "open", openedOn: "2026-03-03" });
    expect(newCycle("p1", 1, "2026-03-03").id).not.toBe(newCycle("p1", 1, "2026-03-03").id);
  });

  it("defaults a provision's numbers so a half-filled plan still saves", () => {
    const cycle = Cycle.parse({
      id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03",
      stages: { plan: { provisions: [{ id: "pv", title: "Reading club", area: "cognition-learning" }] } },
    });
    expect(cycle.stages.plan.provisions[0]).toMatchObject({ frequencyPerWeek: 0, groupSize: 1, weeks: 0, hourlyCost: 0, who: "" });
  });

  it("rejects a log entry for a provision not in the plan", () => {
    const result = Cycle.safeParse({
      id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03",
      stages: { do: { log: [{ id: "l1", date: "2026-03-04", provisionId: "missing", delivered: true }] } },
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["stages.do.log.0.provisionId"]);
  });

  it("rejects two outcomes with the same id", () => {
    const outcome = { id: "o1", area: "semh", what: "Settle in the morning" };
    const result = Cycle.safeParse({
      id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03", stages: { plan: { outcomes: [outcome, outcome] } },
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["stages.plan.outcomes.1.id"]);
  });

  it("needs a review date before a cycle is closed, on or after it opened", () => {
    const closed = Cycle.safeParse({ id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03", status: "closed" });
    expect(closed.error?.issues[0]?.message).toContain("date of the review");
    const early = Cycle.safeParse({
      id: "c1", pupilId: "p1", number: 1, openedOn: "2026-03-03", stages: { review: { reviewedOn: "2026-03-02" } },
    });
    expect(early.error?.issues.map((i) => i.path.join("."))).toEqual(["stages.review.reviewedOn"]);
  });

  it("rejects a number below 1 and unknown decisions", () => {
    expect(Cycle.safeParse({ id: "c", pupilId: "p", number: 0, openedOn: "2026-03-03" }).success).toBe(false);
    expect(
      Cycle.safeParse({ id: "c", pupilId: "p", number: 1, openedOn: "2026-03-03", stages: { review: { decision: "give-up" } } }).success,
    ).toBe(false);
  });
});

describe("nextCycleFrom", () => {
  it("opens the next numbered cycle for the same pupil, with an empty log and review", () => {
    const next = nextCycleFrom(reviewedCycle("continue"), "2025-12-02", counter());
    expect(next).toMatchObject({ pupilId: "p1", number: 2, status: "open", openedOn: "2025-12-02" });
    expect(next.stages.do.log).toEqual([]);
    expect(next.stages.review.outcomeProgress).toEqual([]);
    expect(next.stages.review.decision).toBeUndefined();
    expect(Cycle.safeParse(next).success).toBe(true);
  });

  it("carries forward outcomes not yet met, with new ids and the review evidence as the baseline", () => {
    const next = nextCycleFrom(reviewedCycle("continue"), "2025-12-02", counter());
    const outcomes = next.stages.plan.outcomes;
    expect(outcomes.map((o) => o.what)).toEqual(["Blend CVC words", "Read HFW", "Settle in the morning"]);
    expect(outcomes.map((o) => o.baseline)).toEqual(["4 of 20", "29 of 100 at review", "3 of 10"]);
    expect(outcomes.map((o) => o.target)).toEqual(["14 of 20", "40 of 100", "8 of 10"]);
    expect(outcomes.every((o) => o.byWhen === undefined)).toBe(true);
    expect(outcomes.some((o) => o.id.startsWith("o-"))).toBe(false);
  });

  it.each(["continue", "request-ehcna", undefined] as const)("keeps every provision when the decision is %s", (decision) => {
    const next = nextCycleFrom(reviewedCycle(decision), "2025-12-02", counter());
    expect(next.stages.plan.provisions.map((p) => p.title)).toEqual(["Phonics catch-up", "Precision teaching"]);
    expect(next.stages.plan.provisions.map((p) => p.id)).not.toContain("pv-good");
    expect(next.stages.plan.provisions[0]?.statementId).toBe("cl-t-01");
  });

  it.each(["adjust", "move-tier"] as const)("drops provisions rated as having no impact when the decision is %s", (decision) => {
    const next = nextCycleFrom(reviewedCycle(decision), "2025-12-02", counter());
    expect(next.stages.plan.provisions.map((p) => p.title)).toEqual(["Phonics catch-up"]);
  });

  it("carries no provision on a step down, but keeps the unmet outcomes", () => {
    const next = nextCycleFrom(reviewedCycle("step-down"), "2025-12-02", counter());
    expect(next.stages.plan.provisions).toEqual([]);
    expect(next.stages.plan.outcomes).toHaveLength(3);
  });

  it("keeps the same length of cycle for the new review date", () => {
    // 2025-09-08 to 2025-12-01 is 84 days; 84 days after 2025-12-02 is 2026-02-24.
    expect(nextCycleFrom(reviewedCycle(), "2025-12-02", counter()).stages.plan.reviewDate).toBe("2026-02-24");
  });

  it("copies strengths and needs as a draft but leaves assessments, views and advice with the old cycle", () => {
    const previous = reviewedCycle();
    const next = nextCycleFrom(previous, "2025-12-02", counter());
    expect(next.stages.assess.strengthsAndNeeds).toEqual(previous.stages.assess.strengthsAndNeeds);
    expect(next.stages.assess.assessments).toEqual([]);
    expect(next.stages.assess.externalAdvice).toEqual([]);
    expect(next.stages.assess.pupilView).toBe("");
    next.stages.assess.strengthsAndNeeds["cognition-learning"]!.needs = "changed";
    expect(previous.stages.assess.strengthsAndNeeds["cognition-learning"]?.needs).toBe("Phonics gaps");
  });

  it("gives every new record a fresh id", () => {
    const next = nextCycleFrom(reviewedCycle(), "2025-12-02", counter());
    const ids = [next.id, ...next.stages.plan.outcomes.map((o) => o.id), ...next.stages.plan.provisions.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain("c1");
  });
});
