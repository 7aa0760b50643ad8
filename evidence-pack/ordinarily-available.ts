import { areaById, broadAreaOf, levelAndTier } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { applicableStatements } from "@/self-audit/applicable";
import { ratingOf } from "@/self-audit/scoring";
import { ratingLabel, sortedLevels } from "@/self-audit/scale";

/**
 * The setting's ordinarily available provision for the given broad areas of need: statements in areas placed there that
 * the latest self-audit rated at the top two levels of the framework's scale, in the framework's order.
 */
export function ordinarilyAvailable(framework: Framework, audit: Audit, areas: readonly string[]) {
  const top = sortedLevels(framework.auditScale).slice(-2);
  const topValues = new Set(top.map((l) => l.value));
  const statements = applicableStatements(framework, audit.phase)
    .filter((s) => areas.includes(broadAreaOf(framework, s.area) ?? ""))
    .flatMap((s) => {
      const rating = ratingOf(audit, s.id, framework.auditScale);
      if (rating === undefined || !topValues.has(rating)) return [];
      return [{
        id: s.id,
        area: areaById(framework, s.area)?.name ?? s.area,
        tier: levelAndTier(framework, s.level),
        text: s.text,
        rating: ratingLabel(framework.auditScale, rating),
        evidence: audit.assessments[s.id]?.evidence.trim() ?? "",
      }];
    });
  return { auditDate: audit.completedOn ?? audit.startedOn, levels: top.map((l) => l.label), statements };
}
