import { statementTier, topAreaOf } from "@/commitment-framework/queries";
import type { Area, Framework, Phase, Statement, Tier } from "@/commitment-framework/schema";

/** The framework's provision statements an audit for this phase rates, in the framework's order (need descriptors are not rated). */
export function applicableStatements(framework: Framework, phase: Phase): Statement[] {
  return framework.statements.filter((s) => s.kind === "provision" && s.phases.includes(phase));
}

export interface AreaSection {
  area: Area;
  statements: Statement[];
}

/** Applicable statements grouped by top-level area (sub-areas fold into theirs), in the framework's order; areas with none are left out. */
export function areaSections(framework: Framework, phase: Phase): AreaSection[] {
  const statements = applicableStatements(framework, phase);
  return framework.areas
    .filter((area) => !area.parent)
    .map((area) => ({ area, statements: statements.filter((s) => topAreaOf(framework, s.area)?.id === area.id) }))
    .filter((section) => section.statements.length > 0);
}

export interface TierSection {
  tier: Tier;
  statements: Statement[];
}

export function tierSections(framework: Framework, phase: Phase): TierSection[] {
  const statements = applicableStatements(framework, phase);
  return framework.tiers
    .map((tier) => ({ tier, statements: statements.filter((s) => statementTier(framework, s) === tier.id) }))
    .filter((section) => section.statements.length > 0);
}
