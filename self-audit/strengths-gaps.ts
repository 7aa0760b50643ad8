import type { Framework, Statement } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements } from "./applicable";
import { ratingOf } from "./scoring";
import { scaleMax, scaleMin } from "./scale";

export interface RatedStatement {
  statement: Statement;
  rating: number;
}

export interface StrengthsAndGaps {
  /** Statements at the highest rating given, if above the bottom of the scale; highest first. */
  strengths: RatedStatement[];
  /** Statements at the lowest rating given, if below the top of the scale; lowest first. */
  gaps: RatedStatement[];
}

function rated(framework: Framework, audit: Audit): RatedStatement[] {
  return applicableStatements(framework, audit.phase).flatMap((statement) => {
    const rating = ratingOf(audit, statement.id, framework.auditScale);
    return rating === undefined ? [] : [{ statement, rating }];
  });
}

/**
 * Strengths are the statements rated at the top of the scale (or, if none is, the highest rating given);
 * gaps are those rated at the bottom ("not yet emerging"), or else the lowest rating given.
 */
export function strengthsAndGaps(framework: Framework, audit: Audit): StrengthsAndGaps {
  const all = rated(framework, audit);
  if (all.length === 0) return { strengths: [], gaps: [] };
  const ratings = all.map((r) => r.rating);
  const best = Math.max(...ratings);
  const worst = Math.min(...ratings);
  return {
    strengths: best > scaleMin(framework.auditScale) ? all.filter((r) => r.rating === best) : [],
    gaps: worst < scaleMax(framework.auditScale) ? all.filter((r) => r.rating === worst) : [],
  };
}
