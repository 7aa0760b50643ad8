import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { countStatementsBy, countStatementsByPhase } from "@/commitment-framework/queries";

const framework = loadBuiltInFramework();

describe("built-in SEND Commitment framework", () => {
  it("has at least 150 statements with unique ids", () => {
    expect(framework.statements.length).toBeGreaterThanOrEqual(150);
    const ids = framework.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has four tiers, each with statements", () => {
    expect(framework.tiers.map((t) => t.name)).toEqual(["Universal", "Targeted", "Targeted Plus", "Specialist"]);
    const perTier = countStatementsBy(framework, "tier");
    for (const tier of framework.tiers) expect(perTier.get(tier.id) ?? 0).toBeGreaterThanOrEqual(20);
  });

  it("covers eight whole-setting headings and the four areas of need, each in every tier", () => {
    const wholeSetting = framework.areas.filter((a) => a.kind === "whole-setting");
    const needs = framework.areas.filter((a) => a.kind === "need");
    expect(wholeSetting).toHaveLength(8);
    expect(needs.map((a) => a.name)).toEqual([
      "Communication and interaction",
      "Cognition and learning",
      "Social, emotional and mental health",
      "Sensory and/or physical",
    ]);
    for (const area of framework.areas) {
      const tiers = new Set(framework.statements.filter((s) => s.area === area.id).map((s) => s.level));
      expect([...tiers].sort(), area.name).toEqual(framework.tiers.map((t) => t.id).sort());
    }
  });

  it("speaks to all three phases, with statements written for early years and post-16 only", () => {
    const perPhase = countStatementsByPhase(framework);
    for (const phase of ["early-years", "school", "post-16"] as const) expect(perPhase.get(phase) ?? 0).toBeGreaterThanOrEqual(50);
    const only = (p: string) => framework.statements.filter((s) => s.phases.length === 1 && s.phases[0] === p).length;
    expect(only("early-years")).toBeGreaterThanOrEqual(10);
    expect(only("post-16")).toBeGreaterThanOrEqual(10);
  });

  it("has no empty or placeholder text, and examples for every provision statement", () => {
    for (const s of framework.statements.filter((x) => x.kind === "provision")) {
      expect(s.text.split(/\s+/).length, s.id).toBeGreaterThanOrEqual(10);
      expect(s.text, s.id).not.toMatch(/lorem|ipsum|todo|tbc|xxx/i);
      expect(s.strategies?.length ?? 0, s.id).toBeGreaterThanOrEqual(1);
      expect(s.evidence?.length ?? 0, s.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("rates on a four-point maturity scale and sets the SEN support threshold", () => {
    expect(framework.auditScale.levels.map((l) => l.label)).toEqual(["Not yet emerging", "Emerging", "Developing", "Maturing"]);
    expect(framework.senSupportThreshold?.amount).toBe(6000);
  });

  it("has one choose-one group of need descriptors per broad area, a descriptor at each tier", () => {
    expect(framework.groups.map((g) => [g.id, g.rule])).toEqual([
      ["ci-overall", "choose-one"], ["cl-overall", "choose-one"], ["semh-overall", "choose-one"], ["sp-overall", "choose-one"],
    ]);
    for (const g of framework.groups) {
      expect(framework.statements.filter((s) => s.group === g.id).map((s) => s.level)).toEqual(["universal", "targeted", "targeted-plus", "specialist"]);
    }
  });

  it("has a costed catalogue whose every link resolves and whose rates are set", () => {
    expect(framework.catalogue).toHaveLength(8);
    for (const item of framework.catalogue) expect(item.hourlyRate, item.id).toBeGreaterThan(0);
    expect(framework.catalogue.find((c) => c.id === "cat-elsa")?.links).toEqual({ areas: ["semh"], levels: ["targeted"], statements: ["semh-d2"] });
  });
});
