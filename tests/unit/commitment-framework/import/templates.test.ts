import { describe, expect, it } from "vitest";
import { FrameworkMapping, importFrameworkFiles } from "@/commitment-framework/import";
import { xlsxTemplate } from "@/commitment-framework/import/write-xlsx-template";
import { countStatementsBy } from "@/commitment-framework/queries";
import { templateMapping } from "@/commitment-framework/template";

describe("the spreadsheet template", () => {
  it("reads back through its own mapping into the worked example's levels, statements and costed provision", async () => {
    const result = await importFrameworkFiles([{ name: "framework-template.xlsx", bytes: await xlsxTemplate() }], FrameworkMapping.parse(templateMapping()));
    expect(result.problems).toEqual([]);
    const fw = result.framework!;
    expect(fw.levels.map((l) => [l.id, l.tier])).toEqual([
      ["band-1", "universal"], ["band-2", "targeted"], ["band-3", "targeted"], ["band-4", "targeted-plus"], ["band-5", "specialist"],
    ]);
    expect(Object.fromEntries(countStatementsBy(fw, "kind"))).toEqual({ provision: 3, "need-descriptor": 2 });
    expect(fw.groups.map((g) => g.rule)).toEqual(["choose-one"]);
    expect(fw.catalogue.map((c) => [c.id, c.hoursPerWeek, c.hourlyRate, c.weeklyCap, c.groupSize, c.links.levels, c.links.statements])).toEqual([
      ["lang-group", 1.5, 21, undefined, 3, ["band-2", "band-3"], ["ci-d2"]],
      ["slt-1to1", "bespoke", 60, 90, 1, ["band-4"], []],
    ]);
    expect(fw.areas.find((a) => a.name === "Inclusive whole-school practice")?.kind).toBe("whole-setting");
  });
});
