import { describe, expect, it } from "vitest";
import { newCycle } from "@/graduated-approach/cycle";
import { summariseAll } from "@/graduated-approach/cycle-summary";
import { openReviewDates, reviewsDueCount } from "@/graduated-approach/review-badge";

const withReview = (pupilId: string, reviewDate: string, status: "open" | "closed" = "open") => {
  const c = newCycle(pupilId, 1, "2026-09-01", `cycle-${pupilId}-${reviewDate}`);
  return { ...c, status, stages: { ...c.stages, plan: { ...c.stages.plan, reviewDate } } };
};

describe("toolbar badge count", () => {
  it("takes review dates only from open cycles of pupils still on roll", () => {
    const cycles = [withReview("p1", "2026-11-20"), withReview("p2", "2026-12-01", "closed"), withReview("p3", "2026-11-25")];
    expect(openReviewDates(summariseAll(cycles), new Set(["p3"]))).toEqual(["2026-11-20"]);
  });

  it("counts overdue reviews and those due within 14 days, not later ones", () => {
    const today = "2026-11-23";
    expect(reviewsDueCount(["2026-10-01", "2026-11-23", "2026-12-07", "2026-12-08"], today)).toBe(3);
    expect(reviewsDueCount([], today)).toBe(0);
  });
});
