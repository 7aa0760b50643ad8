import { describe, expect, it } from "vitest";
import { summaryLookup } from "@/graduated-approach/cycle-summary";
import { filterPupils } from "@/graduated-approach/pupil-filters";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";

const pupils = [
  fakePupil({ id: "a", firstName: "Ada", lastName: "Fakerly", yearGroup: "Y2", tier: "targeted" }),
  fakePupil({ id: "b", firstName: "Bo", lastName: "Testwick", needs: [{ code: "SEMH", rank: 1 }], tier: "targeted-plus" }),
  fakePupil({ id: "c", firstName: "Cy", lastName: "Mockford", senStatus: { code: "E" }, archivedOn: "2026-01-01" }),
];
const cycles = [editCycle(goodCycle({ pupilId: "b" }), (c) => { c.stages.plan.reviewDate = "2026-01-10"; })];
const summaryOf = summaryLookup(cycles);
const ids = (filter: Parameters<typeof filterPupils>[2]) => filterPupils(pupils, summaryOf, filter, "2026-01-15").map((p) => p.id);

describe("pupil filters", () => {
  it("searches first and last names as you type, sorted by last name", () => {
    expect(ids({})).toEqual(["a", "b"]);
    expect(ids({ text: "test bo" })).toEqual(["b"]);
    expect(ids({ text: "zz" })).toEqual([]);
  });

  it("filters by need, tier, year group and review due", () => {
    expect(ids({ need: "SEMH" })).toEqual(["b"]);
    expect(ids({ tier: "targeted" })).toEqual(["a"]);
    expect(ids({ yearGroup: "Y2" })).toEqual(["a"]);
    expect(ids({ review: "overdue" })).toEqual(["b"]);
  });

  it("shows archived pupils only when asked", () => {
    expect(ids({ archived: true })).toEqual(["c"]);
    expect(ids({ archived: true, status: "K" })).toEqual([]);
  });
});
