import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { needDescriptors, pointedLevel, toggleDescriptor } from "@/commitment-framework/descriptors";
import { diffFrameworks, isSameContent, mappingKey } from "@/commitment-framework/diff";
import { levelAndTier } from "@/commitment-framework/queries";
import { Framework } from "@/commitment-framework/schema";
import { templateFramework } from "@/commitment-framework/template";
import { catalogueForPupil, provisionFromCatalogue } from "@/graduated-approach/catalogue-provision";
import { compareWithThreshold, planYearlyCost, yearlyCost } from "@/graduated-approach/provision-cost";
import { withCostOverrides } from "@/school-setting/cost-overrides";

const example = () => Framework.parse(templateFramework());

describe("levels beside tiers", () => {
  it("names a level with the tier it counts as, or the tier alone when they share a name", () => {
    expect(levelAndTier(example(), "band-4")).toBe("Band 4 (Targeted Plus)");
    expect(levelAndTier(loadBuiltInFramework(), "targeted")).toBe("Targeted");
  });
});

describe("need descriptors", () => {
  const fw = example();

  it("lets only one descriptor of a choose-one group be ticked", () => {
    const first = toggleDescriptor(fw, [], "ci-d2", true);
    expect(toggleDescriptor(fw, first, "ci-d4", true)).toEqual(["ci-d4"]);
    expect(toggleDescriptor(fw, ["ci-d4"], "ci-d4", false)).toEqual([]);
  });

  it("points to the highest level ticked, with its tier", () => {
    const built = loadBuiltInFramework();
    const pointed = pointedLevel(built, ["ci-d2", "semh-d3"]);
    expect([pointed?.level.id, pointed?.tierPlace]).toEqual(["targeted-plus", 3]);
    expect(pointedLevel(built, [])).toBeUndefined();
  });

  it("offers descriptors for the pupil's phase and areas", () => {
    expect(needDescriptors(fw, "post-16").map((s) => s.id)).toEqual([]);
    expect(needDescriptors(fw, "school", ["ci"]).map((s) => s.id)).toEqual(["ci-d2", "ci-d4"]);
  });
});

describe("costed provision from the catalogue", () => {
  const fw = example();
  const item = (id: string) => fw.catalogue.find((c) => c.id === id)!;

  it("fills in hours, role, rate and group size, and costs a school year", () => {
    const p = provisionFromCatalogue(fw, item("lang-group"), "ci");
    expect(p).toMatchObject({ title: "Small-group language programme", who: "Teaching assistant", frequencyPerWeek: 1, sessionMinutes: 90, groupSize: 3, weeks: 39, hourlyCost: 21, catalogueItemId: "lang-group", level: "band-2", frameworkVersion: "2026.1" });
    // 1.5 h × £21 ÷ 3 = £10.50 a week × 39 weeks
    expect(yearlyCost(p)).toBe(409.5);
  });

  it("caps the weekly cost where the catalogue sets a cap", () => {
    const p = { ...provisionFromCatalogue(fw, item("slt-1to1"), "ci"), frequencyPerWeek: 2, sessionMinutes: 60 };
    // 2 h × £60 = £120 a week, capped at £90, × 39 weeks
    expect(yearlyCost(p)).toBe(3510);
    expect(compareWithThreshold(planYearlyCost([p, p]), fw.senSupportThreshold ?? { amount: 6000 })).toMatchObject({ kind: "over", difference: 1020 });
  });

  it("offers items linked to the pupil's areas at their tier or below", () => {
    expect(catalogueForPupil(fw, ["ci"], 2).map((c) => c.id)).toEqual(["lang-group"]);
    expect(catalogueForPupil(fw, ["ci"], 3).map((c) => c.id)).toEqual(["lang-group", "slt-1to1"]);
    expect(catalogueForPupil(fw, ["semh"], 4).map((c) => c.id)).toEqual([]);
  });

  it("uses the setting's own rates and threshold where it has set them", () => {
    const own = withCostOverrides(fw, { rates: { TA2: 25 }, senSupportThreshold: 7000 });
    expect(own.catalogue.map((c) => c.hourlyRate)).toEqual([25, 60]);
    expect(own.senSupportThreshold?.amount).toBe(7000);
    expect(fw.catalogue[0]?.hourlyRate).toBe(21);
  });
});

describe("framework versions", () => {
  it("lists added, changed and removed statements and catalogue items by id", () => {
    const before = example();
    const after = example();
    after.version = "2027.1";
    after.statements = after.statements.filter((s) => s.id !== "semh-2");
    after.statements[0]!.text = "Leaders check every half term that adjustments happen in lessons.";
    after.statements.push({ ...after.statements[1]!, id: "ci-9", text: "A new statement." });
    after.catalogue[0]!.hourlyRate = 22;
    const diff = diffFrameworks(before, after);
    expect([diff.from, diff.to]).toEqual(["2026.1", "2027.1"]);
    expect(diff.statements.added.map((s) => s.id)).toEqual(["ci-9"]);
    expect(diff.statements.changed.map((c) => [c.after.id, c.fields])).toEqual([["inc-1", ["text"]]]);
    expect(diff.statements.removed.map((s) => s.id)).toEqual(["semh-2"]);
    expect(diff.catalogue.changed.map((c) => [c.after.id, c.fields])).toEqual([["lang-group", ["hourlyRate"]]]);
    expect(isSameContent(diffFrameworks(before, example()))).toBe(true);
  });

  it("saves a mapping under the file's name without its version, so the next version finds it", () => {
    expect(mappingKey("Testshire OAP v2.xlsx")).toBe("testshire-oap");
    expect(mappingKey("testshire-oap-2027-draft.xlsx")).toBe("testshire-oap");
    expect(mappingKey("Testshire OAP 2026.1.csv")).toBe("testshire-oap");
  });
});
