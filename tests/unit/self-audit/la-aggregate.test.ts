import { describe, expect, it } from "vitest";
import { buildAuditExport } from "@/self-audit/audit-export";
import { aggregateExports } from "@/self-audit/la-aggregate";
import { laSummaryCsv } from "@/self-audit/la-csv";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith, FIXED_NOW } from "../../fixtures/sample-audits";

const fw = tinyFramework();
const exportOf = (name: string, ratings: Record<string, number>) =>
  buildAuditExport(fw, auditWith(fw, Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating }])), { settingName: name }), FIXED_NOW);

describe("local-authority comparison", () => {
  const exports = [
    exportOf("Alpha (fake)", { "talk-1": 0, "lead-1": 2 }),
    exportOf("Beta (fake)", { "talk-1": 0, "lead-1": 1 }),
    exportOf("Gamma (fake)", { "talk-1": 1 }),
  ];

  it("spreads settings across the scale per area by their area mean", () => {
    const summary = aggregateExports(fw, exports);
    expect(summary.settings).toBe(3);
    const lead = summary.areas.find((a) => a.id === "lead")!;
    expect(lead.levels.map((l) => l.count)).toEqual([0, 1, 1]);
    expect(lead.notRated).toBe(1);
    expect(lead.meanPercent).toBe(75);
    const talk = summary.areas.find((a) => a.id === "talk")!;
    expect(talk.levels.map((l) => l.count)).toEqual([2, 1, 0]);
  });

  it("lists the statements most settings rate at the bottom of the scale", () => {
    const summary = aggregateExports(fw, [...exports, exportOf("Delta (fake)", { "lead-1": 0 })]);
    expect(summary.lowestStatements.map((s) => [s.statement.id, s.lowest, s.rated])).toEqual([["talk-1", 2, 3], ["lead-1", 1, 3]]);
  });

  it("is empty, not broken, with no files", () => {
    expect(aggregateExports(fw, [])).toEqual({ settings: 0, areas: [], lowestStatements: [] });
  });

  it("exports the comparison as CSV, areas then statements", () => {
    const lines = laSummaryCsv(fw, aggregateExports(fw, exports)).split("\r\n");
    expect(lines[0]).toBe("Area,Settings,Settings mostly 0 Not in place,Settings mostly 1 Partly,Settings mostly 2 Embedded,Settings not rated,Mean score (%)");
    expect(lines[1]).toBe("Leading,3,0,1,1,1,75");
    expect(lines[2]).toBe("Talking,3,2,1,0,0,17");
    expect(lines[3]).toBe("");
    expect(lines[5]).toBe("talk-1,Talking,Staff use a visual timetable every day.,2,3,0.33");
  });
});
