import { describe, expect, it } from "vitest";
import { filterStatements, tierLevel } from "@/commitment-framework/queries";
import { tinyFramework } from "../../fixtures/tiny-framework";

describe("framework queries", () => {
  const fw = tinyFramework();

  it("returns every statement with no filter", () => {
    expect(filterStatements(fw, {})).toHaveLength(fw.statements.length);
  });

  it("filters by tier, area and phase together", () => {
    const ids = filterStatements(fw, { tier: "t1", area: "talk", phase: "school" }).map((s) => s.id);
    expect(ids).toEqual(["talk-1"]);
  });

  it("keeps statements written for several phases when one of them is chosen", () => {
    const ids = filterStatements(fw, { phase: "early-years" }).map((s) => s.id);
    expect(ids).toEqual(["talk-1", "talk-2"]);
  });

  it("searches words in any order, ignoring case, across text, strategies and evidence", () => {
    expect(filterStatements(fw, { text: "VISUAL timetable" }).map((s) => s.id)).toEqual(["talk-1"]);
    expect(filterStatements(fw, { text: "timetable visual" }).map((s) => s.id)).toEqual(["talk-1"]);
    expect(filterStatements(fw, { text: "governor minutes" }).map((s) => s.id)).toEqual(["lead-1"]);
    expect(filterStatements(fw, { text: "nothing-matches-this" })).toEqual([]);
  });

  it("orders tiers 1 to 4 as the framework lists them", () => {
    expect(fw.tiers.map((t) => tierLevel(fw, t.id))).toEqual([1, 2, 3, 4]);
    expect(tierLevel(fw, "missing")).toBe(0);
  });
});
