import { describe, expect, it } from "vitest";
import { BroadArea, needCodesInArea, SEN_NEED_CODES, SEN_STATUS_LABELS, SenNeedCode } from "@/graduated-approach/census-codes";
import { phaseForYearGroup, YearGroup, yearGroupLabel } from "@/graduated-approach/year-group";

describe("census codes", () => {
  it("places every code but OTH and NSA in one of the four broad areas", () => {
    for (const code of SenNeedCode.options) {
      const area = SEN_NEED_CODES[code].area;
      if (code === "OTH" || code === "NSA") expect(area).toBeNull();
      else expect(BroadArea.options).toContain(area);
    }
  });

  it("lists the codes in each area, every code with an area once", () => {
    const listed = BroadArea.options.flatMap(needCodesInArea);
    expect(listed.sort()).toEqual(SenNeedCode.options.filter((c) => c !== "OTH" && c !== "NSA").sort());
    expect(needCodesInArea("sensory-physical").sort()).toEqual(["HI", "MSI", "PD", "VI"]);
  });

  it("labels K as SEN support and E as EHC plan", () => {
    expect(SEN_STATUS_LABELS.K).toBe("SEN support");
    expect(SEN_STATUS_LABELS.E).toBe("EHC plan");
  });
});

describe("year groups", () => {
  it("puts nursery and reception in early years, 1–11 in school and 12–14 in post-16", () => {
    const byPhase = (phase: string) => YearGroup.options.filter((y) => phaseForYearGroup(y) === phase);
    expect(byPhase("early-years")).toEqual(["N1", "N2", "R"]);
    expect(byPhase("post-16")).toEqual(["Y12", "Y13", "Y14"]);
    expect(byPhase("school")).toHaveLength(11);
  });

  it("writes year groups as a person would say them", () => {
    expect([yearGroupLabel("N2"), yearGroupLabel("R"), yearGroupLabel("Y7")]).toEqual(["Nursery 2", "Reception", "Year 7"]);
  });
});
