import { describe, expect, it } from "vitest";
import { buildAuditExport, type AuditExport } from "@/self-audit/audit-export";
import { claimsAnotherScore, duplicateAudits, recomputedOverall, withoutDuplicates } from "@/self-audit/la-checks";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith, FIXED_NOW } from "../../fixtures/sample-audits";

const fw = tinyFramework();
const exportOf = (name: string, ratings: Record<string, number>, startedOn?: string) =>
  buildAuditExport(
    fw,
    auditWith(fw, Object.fromEntries(Object.entries(ratings).map(([id, rating]) => [id, { rating }])), {
      settingName: name,
      ...(startedOn ? { startedOn } : {}),
    }),
    FIXED_NOW,
  );
const file = (fileName: string, value: AuditExport) => ({ fileName, value });

describe("recomputedOverall", () => {
  it("works the score out from the ratings, whatever score the file claims", () => {
    const honest = exportOf("Alpha (fake)", { "talk-1": 0, "lead-1": 2 });
    const boasting: AuditExport = { ...honest, scores: { ...honest.scores, overall: { rated: 2, total: 2, percent: 100 } } };
    const score = recomputedOverall(fw, boasting);
    expect(score).toEqual(recomputedOverall(fw, honest));
    expect(score.rated).toBe(2);
    expect(score.percent).toBe(honest.scores.overall.percent);
    expect(claimsAnotherScore(boasting, score)).toBe(true);
    expect(claimsAnotherScore(honest, recomputedOverall(fw, honest))).toBe(false);
  });

  it("ignores ratings for statements the framework does not have for the file's phase", () => {
    const base = exportOf("Beta (fake)", { "talk-1": 0 });
    const padded: AuditExport = {
      ...base,
      ratings: [...base.ratings, { statementId: "not-in-framework", area: "talk", tier: "universal", rating: 2, evidence: "", action: "" }],
    };
    expect(recomputedOverall(fw, padded)).toEqual(recomputedOverall(fw, base));
    expect(recomputedOverall(fw, padded).percent).toBe(0);
  });

  it("is not rated when nothing is", () => {
    expect(recomputedOverall(fw, exportOf("Gamma (fake)", {})).percent).toBeNull();
  });
});

describe("duplicate audit files", () => {
  const a = file("alpha.json", exportOf("Alpha (fake)", { "talk-1": 0 }));
  const again = file("alpha (1).json", exportOf("  ALPHA   (fake) ", { "talk-1": 2 }));
  const later = file("alpha-later.json", exportOf("Alpha (fake)", { "talk-1": 1 }, "2026-06-01"));
  const b = file("beta.json", exportOf("Beta (fake)", { "talk-1": 1 }));

  it("finds the same setting's audit of the same date in two files, and only that", () => {
    expect(duplicateAudits([a, b, again, later])).toEqual([
      { settingName: "Alpha (fake)", auditDate: a.value.auditDate, fileNames: ["alpha.json", "alpha (1).json"] },
    ]);
    expect(duplicateAudits([a, b, later])).toEqual([]);
  });

  it("compares each audit once, from the first file", () => {
    expect(withoutDuplicates([a, b, again, later]).map((f) => f.fileName)).toEqual(["alpha.json", "beta.json", "alpha-later.json"]);
  });
});
