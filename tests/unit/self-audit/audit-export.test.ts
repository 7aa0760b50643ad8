import { describe, expect, it } from "vitest";
import { AuditExport, buildAuditExport, exportFileName } from "@/self-audit/audit-export";
import { NOT_AN_AUDIT, parseAuditExport } from "@/self-audit/parse-export";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith, FIXED_NOW } from "../../fixtures/sample-audits";

const fw = tinyFramework();
const audit = auditWith(fw, { "talk-1": { rating: 2, evidence: "Timetables in every room", action: "Check reception" }, "lead-1": { rating: 1 } }, { completedOn: "2026-03-10" });

describe("audit export (JSON, schema version 1)", () => {
  it("carries the setting, framework, phase, date, ratings and scores", () => {
    const file = buildAuditExport(fw, audit, FIXED_NOW);
    expect(file).toMatchObject({
      schemaVersion: 1,
      kind: "send-companion-audit",
      setting: { name: "Nowhere Test Primary School (fake)" },
      framework: { id: "test-la-framework", version: "0.1" },
      phase: "school",
      auditDate: "2026-03-10",
      completed: true,
    });
    expect(file.ratings.map((r) => [r.statementId, r.rating])).toEqual([["talk-1", 2], ["lead-1", 1]]);
    expect(file.scores.overall).toEqual({ rated: 2, total: 2, percent: 75 });
    expect(file.scores.areas.map((a) => [a.id, a.percent])).toEqual([["lead", 50], ["talk", 100]]);
  });

  it("survives a round trip through JSON text unchanged", () => {
    const file = buildAuditExport(fw, audit, FIXED_NOW);
    const back = parseAuditExport("nowhere.json", JSON.stringify(file, null, 2), fw);
    expect(back).toEqual({ ok: true, fileName: "nowhere.json", value: file });
    expect(AuditExport.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it("names the file and says it is not JSON", () => {
    const result = parseAuditExport("notes.txt", "Dear LA, here is our audit", fw);
    expect(result).toEqual({ ok: false, fileName: "notes.txt", message: "notes.txt: this is not a JSON file, so it cannot be a SEND Companion audit export." });
  });

  it("says in one sentence what a wrong file is, for JSON that is not an audit export at all", () => {
    const result = parseAuditExport("pupils.json", JSON.stringify({ pupils: [] }), fw);
    expect(result).toEqual({ ok: false, fileName: "pupils.json", message: `pupils.json: ${NOT_AN_AUDIT}` });
    expect(NOT_AN_AUDIT.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });

  it("says a file from a newer version needs this one updated", () => {
    const newer = { ...buildAuditExport(fw, audit, FIXED_NOW), schemaVersion: 2 };
    const result = parseAuditExport("newer.json", JSON.stringify(newer), fw);
    expect(result).toEqual({ ok: false, fileName: "newer.json", message: "newer.json: this self-audit file was made by a newer version of SEND Companion: update this one to compare it." });
  });

  it("names the file and the missing or wrong fields of a malformed export", () => {
    const broken = { ...buildAuditExport(fw, audit, FIXED_NOW), setting: {}, schemaVersion: 0 } as Record<string, unknown>;
    const result = parseAuditExport("broken.json", JSON.stringify(broken), fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^broken\.json: /);
    expect(result.message).toContain("schemaVersion must be 1");
    expect(result.message).toContain("setting.name is missing");
  });

  it("rejects an export made against another framework, naming the file and both frameworks", () => {
    const other = { ...buildAuditExport(fw, audit, FIXED_NOW), framework: { id: "elsewhere-oap", version: "3", name: "Elsewhere OAP" } };
    const result = parseAuditExport("elsewhere.json", JSON.stringify(other), fw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("elsewhere.json");
      expect(result.message).toContain("Elsewhere OAP");
      expect(result.message).toContain(fw.name);
      expect(result.message).not.toContain("elsewhere-oap");
    }
  });

  it("rejects a rating that is not on the framework's scale", () => {
    const file = buildAuditExport(fw, audit, FIXED_NOW);
    file.ratings[0]!.rating = 9;
    const result = parseAuditExport("odd.json", JSON.stringify(file), fw);
    expect(result.ok ? "" : result.message).toBe("odd.json: statement talk-1 has rating 9, which is not on the framework's scale.");
  });

  it("makes a file name safe for any computer", () => {
    expect(exportFileName({ settingName: "St. Mary's / C of E", startedOn: "2026-01-01" }, "csv")).toBe("Self-audit - St Mary s C of E - 2026-01-01.csv");
  });
});
