import { describe, expect, it } from "vitest";
import { combineSummaries, summariseCycles, summaryLookup } from "@/graduated-approach/cycle-summary";
import { editCycle, goodCycle } from "../../fixtures/graduated";

const closed = (number: number) =>
  editCycle(goodCycle({ id: `cycle-${number}`, number }), (c) => {
    c.status = "closed";
    c.stages.review.reviewedOn = "2026-03-20";
  });
const open = goodCycle({ id: "cycle-5", number: 5 });

describe("a pupil's cycle summary", () => {
  it("keeps the count, the highest number and what the Due view needs of the open cycle", () => {
    expect(summariseCycles("pupil-1", [closed(1), open, closed(3)])).toEqual({
      id: "pupil-1",
      cycles: 3,
      highestNumber: 5,
      open: { id: "cycle-5", number: 5, openedOn: "2026-01-05", reviewDate: "2026-03-20", outcomes: 1 },
    });
    expect(summariseCycles("pupil-1", [])).toEqual({ id: "pupil-1", cycles: 0, highestNumber: 0 });
  });

  it("combines the summaries of two sets of cycles into the summary of both", () => {
    const sets = [[closed(1)], [open, closed(3)]] as const;
    const combined = combineSummaries(summariseCycles("pupil-1", sets[0]), summariseCycles("pupil-1", sets[1]));
    expect(combined).toEqual(summariseCycles("pupil-1", [...sets[0], ...sets[1]]));
    expect(combineSummaries(summariseCycles("pupil-1", sets[1]), summariseCycles("pupil-1", sets[0]))).toEqual(combined);
  });

  it("looks summaries up by pupil from a mixed set of cycles", () => {
    const summaryOf = summaryLookup([closed(1), { ...open, pupilId: "pupil-2" }]);
    expect(summaryOf("pupil-1")).toMatchObject({ cycles: 1, highestNumber: 1 });
    expect(summaryOf("pupil-1")?.open).toBeUndefined();
    expect(summaryOf("pupil-2")?.open?.id).toBe("cycle-5");
    expect(summaryOf("pupil-3")).toBeUndefined();
  });
});
