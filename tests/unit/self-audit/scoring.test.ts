import { describe, expect, it } from "vitest";
import { applicableStatements, areaSections } from "@/self-audit/applicable";
import { formatPercent, overallScore, ratingShares, scoreByArea, scoreByTier } from "@/self-audit/scoring";
import { strengthsAndGaps } from "@/self-audit/strengths-gaps";
import { auditProgress, nextUnrated, updateAssessment } from "@/self-audit/audit-edit";
import { longDate } from "@/graduated-approach/long-date";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith, FIXED_NOW } from "../../fixtures/sample-audits";

const fw = tinyFramework();

describe("statements an audit covers", () => {
  it("keeps only the statements written for the audit's phase, grouped by area in framework order", () => {
    expect(applicableStatements(fw, "school").map((s) => s.id)).toEqual(["talk-1", "lead-1"]);
    expect(areaSections(fw, "post-16").map((s) => [s.area.id, s.statements.map((x) => x.id)])).toEqual([["lead", ["lead-1", "lead-2"]]]);
  });
});

describe("scoring", () => {
  it("scores each area as the mean rating over the scale's top, counting rated and total", () => {
    const audit = auditWith(fw, { "lead-1": { rating: 1 }, "lead-2": { rating: 2 } }, { phase: "post-16" });
    expect(scoreByArea(fw, audit)).toEqual([{ id: "lead", name: "Leading", rated: 2, total: 2, mean: 1.5, percent: 75 }]);
    expect(overallScore(fw, audit).percent).toBe(75);
  });

  it("leaves unrated and off-scale ratings out of the mean and says so in the count", () => {
    const audit = auditWith(fw, { "talk-1": { rating: 2 }, "lead-1": { rating: 7 } });
    expect(overallScore(fw, audit)).toEqual({ rated: 1, total: 2, mean: 2, percent: 100 });
    expect(scoreByArea(fw, audit).find((a) => a.id === "lead")).toMatchObject({ rated: 0, total: 1, mean: null, percent: null });
    expect(formatPercent(null)).toBe("Not rated");
    expect(formatPercent(66.66)).toBe("67%");
  });

  it("scores each tier that has statements in the phase", () => {
    const audit = auditWith(fw, { "lead-1": { rating: 0 }, "lead-2": { rating: 2 } }, { phase: "post-16" });
    expect(scoreByTier(fw, audit).map((t) => [t.name, t.percent])).toEqual([["Everyone", 0], ["Planned", 100]]);
  });

  it("shares statements across the levels of the scale, then those not rated", () => {
    const audit = auditWith(fw, { "talk-1": { rating: 2 } });
    expect(ratingShares(fw, audit).map((s) => [s.label, s.count, s.share])).toEqual([
      ["Not in place", 0, 0], ["Partly", 0, 0], ["Embedded", 1, 0.5], ["Not rated", 1, 0.5],
    ]);
  });
});

describe("strengths and gaps", () => {
  it("names the highest-rated statements as strengths and the lowest as gaps", () => {
    const audit = auditWith(fw, { "lead-1": { rating: 0 }, "lead-2": { rating: 2 } }, { phase: "post-16" });
    const { strengths, gaps } = strengthsAndGaps(fw, audit);
    expect(strengths.map((s) => s.statement.id)).toEqual(["lead-2"]);
    expect(gaps.map((s) => s.statement.id)).toEqual(["lead-1"]);
  });

  it("has no strengths when everything is at the bottom, and no gaps when everything is at the top", () => {
    expect(strengthsAndGaps(fw, auditWith(fw, { "talk-1": { rating: 0 }, "lead-1": { rating: 0 } })).strengths).toEqual([]);
    expect(strengthsAndGaps(fw, auditWith(fw, { "talk-1": { rating: 2 }, "lead-1": { rating: 2 } })).gaps).toEqual([]);
  });
});

describe("progress while rating", () => {
  it("counts rated and skipped statements, and rating a skipped one clears its skip", () => {
    let audit = auditWith(fw, { "talk-1": { skipped: true } });
    expect(auditProgress(fw, audit)).toEqual({ rated: 0, total: 2, skipped: 1 });
    expect(nextUnrated(fw, audit)).toBe("lead-1");
    audit = updateAssessment(audit, "talk-1", { rating: 1 }, FIXED_NOW);
    expect(audit.assessments["talk-1"]?.skipped).toBe(false);
    expect(auditProgress(fw, audit)).toEqual({ rated: 1, total: 2, skipped: 0 });
    expect(nextUnrated(fw, audit, 1)).toBe("lead-1");
    audit = updateAssessment(audit, "lead-1", { rating: 0 }, FIXED_NOW);
    expect(nextUnrated(fw, audit)).toBeUndefined();
  });

  it("writes dates the GOV.UK way", () => {
    expect(longDate("2026-03-03")).toBe("3 March 2026");
    expect(longDate("2025-12-25")).toBe("25 December 2025");
  });
});
