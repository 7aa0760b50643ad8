import type { Cycle } from "@/graduated-approach/cycle";
import { describe, expect, it } from "vitest";
import { summaryLookup } from "@/graduated-approach/cycle-summary";
import { dueList, groupDue, pupilsWithSomethingDue } from "@/graduated-approach/due-list";
import { ParentMeeting } from "@/graduated-approach/parent-meeting";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";

const TODAY = "2026-03-10";
const meetings = ["2025-10-01", "2026-01-10", "2026-03-01"].map((date) =>
  ParentMeeting.parse({ id: date, pupilId: "x", date }),
);

const later = (cycle: Cycle) => editCycle(cycle, (c) => { c.stages.plan.reviewDate = "2026-06-01"; });

describe("the Due list", () => {
  it("lists overdue and due-soon reviews, short meetings, plans with no outcomes and pupils at K with no open cycle", () => {
    const pupils = [
      fakePupil({ id: "overdue", meetings }),
      fakePupil({ id: "due", meetings }),
      fakePupil({ id: "empty-plan", meetings }),
      fakePupil({ id: "no-cycle", meetings }),
      fakePupil({ id: "short" }),
      fakePupil({ id: "fine", meetings }),
    ];
    const cycles = [
      editCycle(goodCycle({ id: "c1", pupilId: "overdue" }), (c) => { c.stages.plan.reviewDate = "2026-03-01"; }),
      editCycle(goodCycle({ id: "c2", pupilId: "due" }), (c) => { c.stages.plan.reviewDate = "2026-03-24"; }),
      editCycle(goodCycle({ id: "c3", pupilId: "empty-plan" }), (c) => { c.stages.plan.outcomes = []; c.stages.plan.reviewDate = "2026-06-01"; }),
      later(goodCycle({ id: "c4", pupilId: "short" })),
      later(goodCycle({ id: "c5", pupilId: "fine" })),
    ];
    const items = dueList(pupils, summaryLookup(cycles), TODAY);
    expect(items.map((i) => [i.kind, i.pupilId])).toEqual([
      ["review-overdue", "overdue"],
      ["review-due", "due"],
      ["meetings-short", "short"],
      ["no-outcomes", "empty-plan"],
      ["no-open-cycle", "no-cycle"],
    ]);
    expect(items[0]).toMatchObject({ date: "2026-03-01", count: 9 });
    expect(pupilsWithSomethingDue(items)).toBe(5);
    expect([...groupDue(items).keys()]).toEqual(["review-overdue", "review-due", "meetings-short", "no-outcomes", "no-open-cycle"]);
  });

  it("drops a pupil from the reviews once the cycle is reviewed and the next one opens", () => {
    const pupils = [fakePupil({ meetings })];
    const reviewed = editCycle(goodCycle(), (c) => { c.status = "closed"; c.stages.review.reviewedOn = "2026-03-09"; c.stages.review.decision = "continue"; });
    const next = editCycle(goodCycle({ id: "cycle-2", number: 2, openedOn: "2026-03-09" }), (c) => { c.stages.plan.reviewDate = "2026-05-20"; });
    expect(dueList(pupils, summaryLookup([editCycle(goodCycle(), (c) => { c.stages.plan.reviewDate = "2026-03-01"; })]), TODAY)).toHaveLength(1);
    expect(dueList(pupils, summaryLookup([reviewed, next]), TODAY)).toEqual([]);
  });

  it("leaves archived pupils out, and does not ask for a cycle for monitoring pupils", () => {
    const pupils = [fakePupil({ id: "a", archivedOn: "2026-01-01" }), fakePupil({ id: "m", senStatus: { code: "monitoring" }, needs: [] })];
    expect(dueList(pupils, summaryLookup([]), TODAY)).toEqual([]);
  });
});
