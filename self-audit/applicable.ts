import type { Area, Framework, Phase, Statement, Tier } from "@/commitment-framework/schema";

/** The framework's statements an audit for this phase rates, in the framework's order. */
export function applicableStatements(framework: Framework, phase: Phase): Statement[] {
  return framework.statements.filter((s) => s.phases.includes(phase));
}

export interface AreaSection {
  area: Area;
  statements: Statement[];
}

/** Applicable statements grouped by area, in the framework's area order; areas with none are left out. */
export function areaSections(framework: Framework, phase: Phase): AreaSection[] {
  const statements = applicableStatements(framework, phase);
  return framework.areas
    .map((area) => ({ area, statements: statements.filter((s) => s.area === area.id) }))
    .filter((section) => section.statements.length > 0);
}

export interface TierSection {
  tier: Tier;
  statements: Statement[];
}

export function tierSections(framework: Framework, phase: Phase): TierSection[] {
  const statements = applicableStatements(framework, phase);
  return framework.tiers
    .map((tier) => ({ tier, statements: statements.filter((s) => s.tier === tier.id) }))
    .filter((section) => section.statements.length > 0);
}
