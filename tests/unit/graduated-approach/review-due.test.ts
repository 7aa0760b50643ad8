import { describe, expect, it } from "vitest";
import { glance } from "@/graduated-approach/cycle-summary";
import { reviewsDue, reviewState } from "@/graduated-approach/review-due";
import { editCycle, goodCycle } from "../../fixtures/graduated";

const withReview = (date: string | undefined, id = "c") =>
  editCycle(goodCycle({ id, pupilId: `p-${id}` }), (c) => { c.stages.plan.reviewDate = date; });

describe("review due dates", () => {
  it("is overdue the day after the review date, counting the days late", () => {
    expect(reviewState(withReview("2026-03-20"), "2026-03-21")).toEqual({ kind: "overdue", reviewDate: "2026-03-20", daysLate: 1 });
  });

  it("is due soon from the review day itself up to 14 days ahead", () => {
    expect(reviewState(withReview("2026-03-20"), "2026-03-20")).toMatchObject({ kind: "due-soon", daysToGo: 0 });
    expect(reviewState(withReview("2026-03-20"), "2026-03-06")).toMatchObject({ kind: "due-soon", daysToGo: 14 });
    expect(reviewState(withReview("2026-03-20"), "2026-03-05")).toMatchObject({ kind: "later", daysToGo: 15 });
  });

  it("has nothing due for a cycle with no review date, or one reviewed or closed", () => {
    expect(reviewState(withReview(undefined), "2026-03-20").kind).toBe("no-date");
    const reviewed = editCycle(withReview("2026-03-01"), (c) => { c.stages.review.reviewedOn = "2026-03-01"; });
    expect(reviewState(reviewed, "2026-03-20").kind).toBe("not-open");
    const closed = editCycle(reviewed, (c) => { c.status = "closed"; });
    expect(reviewState(closed, "2026-03-20").kind).toBe("not-open");
  });

  it("lists overdue and due-soon reviews, earliest first, and leaves later ones out", () => {
    const open = [withReview("2026-03-30", "b"), withReview("2026-05-01", "c"), withReview("2026-03-01", "a")].map((c) => ({ pupilId: c.pupilId, open: glance(c) }));
    const due = reviewsDue(open, "2026-03-20");
    expect(due.map((d) => [d.cycleId, d.state.kind])).toEqual([["a", "overdue"], ["b", "due-soon"]]);
  });
});
