import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FrameworkMapping, importFrameworkFiles, type FrameworkMappingInput, type SourceFile } from "@/commitment-framework/import";
import { countStatementsBy, levelTier, topAreaOf, broadAreaOf } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import { FLAT_CSV, XLSX_ROWS, flatMapping, nestedFramework, nestedMapping, xlsxMapping } from "../../../fixtures/la-frameworks";

const text = (name: string, content: string): SourceFile => ({ name, bytes: new TextEncoder().encode(content) });
const mapping = (input: FrameworkMappingInput) => FrameworkMapping.parse(input);

async function imported(files: SourceFile[], input: FrameworkMappingInput): Promise<Framework> {
  const result = await importFrameworkFiles(files, mapping(input));
  expect(result.problems).toEqual([]);
  return result.framework!;
}

const counts = (map: Map<string, number>) => Object.fromEntries([...map].sort());

describe("importing a nested JSON framework through a mapping", () => {
  it("keeps the area tree three deep, placed in broad areas, with the whole-setting heading marked", async () => {
    const fw = await imported([text("testshire.json", JSON.stringify(nestedFramework()))], nestedMapping());
    expect(fw.areas.map((a) => [a.id, a.kind, a.parent ?? null, a.broadArea ?? null])).toEqual([
      ["whole-school-inclusion", "whole-setting", null, null],
      ["communication-and-interaction", "need", null, "communication-interaction"],
      ["communication-and-interaction.speech-and-language", "need", "communication-and-interaction", null],
      ["cognition-and-learning", "need", null, "cognition-learning"],
      ["cognition-and-learning.literacy", "need", "cognition-and-learning", null],
      ["cognition-and-learning.literacy.reading", "need", "cognition-and-learning.literacy", null],
    ]);
    expect(broadAreaOf(fw, "cognition-and-learning.literacy.reading")).toBe("cognition-learning");
    expect(topAreaOf(fw, "cognition-and-learning.literacy.reading")?.name).toBe("Cognition and learning");
  });

  it("keeps five bands, several sharing a tier, and counts statements by kind and level", async () => {
    const fw = await imported([text("testshire.json", JSON.stringify(nestedFramework()))], nestedMapping());
    expect(fw.levels.map((l) => [l.id, l.name, l.tier])).toEqual([
      ["1", "Band 1", "universal"], ["2", "Band 2", "targeted"], ["3", "Band 3", "targeted"], ["4", "Band 4", "targeted-plus"], ["5", "Band 5", "specialist"],
    ]);
    expect(counts(countStatementsBy(fw, "kind"))).toEqual({ "need-descriptor": 3, provision: 4 });
    expect(counts(countStatementsBy(fw, "level"))).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1 });
    expect(counts(countStatementsBy(fw, "tier"))).toEqual({ specialist: 1, "targeted-plus": 1, targeted: 3, universal: 2 });
    expect(fw.statements.find((s) => s.id === "ci-1")?.phases).toEqual(["early-years", "school"]);
    expect(fw.statements.find((s) => s.id === "ws-1")?.phases).toEqual(["early-years", "school", "post-16"]);
  });

  it("puts descriptors in a choose-one group", async () => {
    const fw = await imported([text("testshire.json", JSON.stringify(nestedFramework()))], nestedMapping());
    expect(fw.groups).toEqual([{ id: "understanding-language", name: "Understanding language", rule: "choose-one" }]);
    expect(fw.statements.filter((s) => s.group === "understanding-language").map((s) => s.id)).toEqual(["ci-d3", "ci-d4"]);
  });

  it("reads the costed catalogue: hours or bespoke, role, cost code, rate, cap, group size, and many-to-many links", async () => {
    const fw = await imported([text("testshire.json", JSON.stringify(nestedFramework()))], nestedMapping());
    expect(fw.catalogue).toEqual([
      {
        id: "cat-lang", name: "Small-group language programme", hoursPerWeek: 2, staffRole: "Teaching assistant", costCode: "TA2", hourlyRate: 21.5, groupSize: 3,
        links: { areas: ["communication-and-interaction.speech-and-language"], levels: ["3", "4"], statements: ["ci-d3"] },
      },
      {
        id: "cat-read", name: "One-to-one reading tuition with a specialist teacher", hoursPerWeek: "bespoke", staffRole: "Specialist teacher", costCode: "ST1", hourlyRate: 45, weeklyCap: 120, groupSize: 1,
        links: { areas: ["cognition-and-learning.literacy.reading"], levels: ["5"], statements: [] },
      },
    ]);
  });
});

describe("importing a flat CSV framework through a mapping", () => {
  it("maps expected / targeted / A / B / C onto the four tiers and reads the area path from two columns", async () => {
    const fw = await imported([text("testford.csv", FLAT_CSV)], flatMapping());
    expect(fw.levels.map((l) => [l.name, l.tier])).toEqual([
      ["Expected", "universal"], ["Targeted", "targeted"], ["Targeted A", "targeted"], ["Targeted B", "targeted-plus"], ["Targeted C", "specialist"],
    ]);
    expect(fw.statements.map((s) => [s.id, s.kind, s.area, levelTier(fw, s.level), s.phases.join("+")])).toEqual([
      ["e1", "provision", "social-emotional-and-mental-health.regulation", "universal", "early-years+school+post-16"],
      ["e2", "provision", "social-emotional-and-mental-health.regulation", "targeted", "school+post-16"],
      ["e3", "need-descriptor", "social-emotional-and-mental-health.regulation", "targeted-plus", "school"],
      ["e4", "provision", "sensory-and-physical.hearing", "targeted", "early-years+school+post-16"],
    ]);
    expect(fw.areas.filter((a) => !a.parent).map((a) => a.broadArea)).toEqual(["semh", "sensory-physical"]);
    expect(fw.catalogue).toEqual([{
      id: "e5", name: "Teacher of the deaf visit", hoursPerWeek: 1.5, staffRole: "Specialist teacher", costCode: "QTOD", hourlyRate: 52, weeklyCap: 60, groupSize: 1,
      links: { areas: ["sensory-and-physical.hearing"], levels: ["c"], statements: [] },
    }]);
  });

  it("groups problems by kind, one line each with the first few rows", async () => {
    const broken = FLAT_CSV.replaceAll(",Expected,", ",Typical,").replace("E4,Sensory and physical", "E4,Zebra care");
    const result = await importFrameworkFiles([text("testford.csv", broken)], mapping(flatMapping()));
    expect(result.framework).toBeUndefined();
    expect(result.problems).toEqual([
      'row 2: level "Typical" is not in the mapping\'s levels: add it to "levels" with the tier it counts as.',
      'row 5: area "Zebra care" cannot be placed in a broad area of need: add it to "areas" in the mapping as communication-interaction, cognition-learning, semh, sensory-physical or whole-setting.',
    ]);
  });

  it("says in one sentence when the file has no column the mapping names", async () => {
    const result = await importFrameworkFiles([text("pupils.csv", "UPN,Surname\nA123,Example\n")], mapping(flatMapping()));
    expect(result.problems).toEqual(['pupils.csv has no column called "Statement", so it does not look like a framework the mapping fits.']);
  });
});

describe("importing an XLSX framework through a mapping", () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("OAP 2026");
    sheet.addRow([XLSX_ROWS.titles[0]]);
    sheet.mergeCells("A1:F1");
    sheet.addRow([XLSX_ROWS.titles[1]]);
    sheet.mergeCells("A2:F2");
    sheet.addRow([]);
    sheet.addRow(XLSX_ROWS.header);
    for (const row of XLSX_ROWS.rows) sheet.addRow(row.map((cell, i) => (i >= 4 && cell ? Number(cell) : cell)));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("finds the header row under merged title rows and reads statements and costed items", async () => {
    const fw = await imported([{ name: "testbury.xlsx", bytes: await workbook() }], xlsxMapping());
    expect(fw.statements.map((s) => [s.id, s.level, s.area])).toEqual([["x1", "universal", "cognition-and-learning"], ["x2", "enhanced", "cognition-and-learning"]]);
    expect(fw.catalogue.map((c) => [c.id, c.hoursPerWeek, c.hourlyRate, c.links.levels, c.links.areas])).toEqual([["x3", 1, 19, ["enhanced"], ["communication-and-interaction"]]]);
    expect(fw.areas.map((a) => a.broadArea)).toEqual(["cognition-learning", "communication-interaction"]);
  });

  it("names the row of a problem as the spreadsheet numbers it", async () => {
    const bad = xlsxMapping();
    bad.levels = [{ value: "Universal", tier: "universal" }];
    const result = await importFrameworkFiles([{ name: "testbury.xlsx", bytes: await workbook() }], mapping(bad));
    expect(result.problems).toEqual([
      'Level is not in the mapping\'s levels: add it to "levels" with the tier it counts as, in 2 places: row 6 ("Enhanced"); row 7 ("Enhanced").',
    ]);
  });
});
