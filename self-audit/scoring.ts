import type { AuditScale, Framework, Statement } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements, areaSections, tierSections } from "./applicable";
import { isOnScale, scaleMax, sortedLevels } from "./scale";

export interface Score {
  rated: number;
  total: number;
  /** Mean rating of the rated statements; null when none is rated. */
  mean: number | null;
  /** The mean as a percentage of the scale's highest value; null when none is rated. */
  percent: number | null;
}

export interface GroupScore extends Score {
  id: string;
  name: string;
}

/** The audit's rating for a statement, if it is one of the scale's values. */
export function ratingOf(audit: Audit, statementId: string, scale: AuditScale): number | undefined {
  const rating = audit.assessments[statementId]?.rating;
  return rating !== undefined && isOnScale(scale, rating) ? rating : undefined;
}

export function scoreStatements(statements: Statement[], audit: Audit, scale: AuditScale): Score {
  const ratings = statements.map((s) => ratingOf(audit, s.id, scale)).filter((r): r is number => r !== undefined);
  if (ratings.length === 0) return { rated: 0, total: statements.length, mean: null, percent: null };
  const mean = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
  return { rated: ratings.length, total: statements.length, mean, percent: (mean / scaleMax(scale)) * 100 };
}

export function overallScore(framework: Framework, audit: Audit): Score {
  return scoreStatements(applicableStatements(framework, audit.phase), audit, framework.auditScale);
}

export function scoreByArea(framework: Framework, audit: Audit): GroupScore[] {
  return areaSections(framework, audit.phase).map(({ area, statements }) => ({
    id: area.id,
    name: area.name,
    ...scoreStatements(statements, audit, framework.auditScale),
  }));
}

export function scoreByTier(framework: Framework, audit: Audit): GroupScore[] {
  return tierSections(framework, audit.phase).map(({ tier, statements }) => ({
    id: tier.id,
    name: tier.name,
    ...scoreStatements(statements, audit, framework.auditScale),
  }));
}

export interface RatingShare {
  /** A scale value, or null for statements not yet rated. */
  value: number | null;
  label: string;
  count: number;
  /** count as a share (0 to 1) of all applicable statements. */
  share: number;
}

/** How many statements sit at each level of the scale, lowest first, then those not yet rated. */
export function ratingShares(framework: Framework, audit: Audit): RatingShare[] {
  const statements = applicableStatements(framework, audit.phase);
  const scale = framework.auditScale;
  const total = statements.length || 1;
  const ratings = statements.map((s) => ratingOf(audit, s.id, scale));
  const shares: RatingShare[] = sortedLevels(scale).map((level) => {
    const count = ratings.filter((r) => r === level.value).length;
    return { value: level.value, label: level.label, count, share: count / total };
  });
  const unrated = ratings.filter((r) => r === undefined).length;
  return [...shares, { value: null, label: "Not rated", count: unrated, share: unrated / total }];
}

/** "67%" or "Not rated". */
export function formatPercent(percent: number | null): string {
  return percent === null ? "Not rated" : `${Math.round(percent)}%`;
}
