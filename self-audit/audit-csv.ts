import { areaById, levelAndTier } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements } from "./applicable";
import { ratingOf } from "./scoring";
import { ratingLabel } from "./scale";
import { toCsv } from "./csv";

export const AUDIT_CSV_HEADER = [
  "Area", "Tier", "Statement ID", "Statement", "Rating", "Rating label",
  "Evidence", "Where the evidence is", "Action", "Owner", "Due date",
];

/** One row per statement the audit covers, in the framework's order; unrated statements have empty ratings. */
export function auditCsv(framework: Framework, audit: Audit): string {
  const rows = applicableStatements(framework, audit.phase).map((s) => {
    const a = audit.assessments[s.id];
    const rating = ratingOf(audit, s.id, framework.auditScale);
    return [
      areaById(framework, s.area)?.name ?? s.area,
      levelAndTier(framework, s.level),
      s.id,
      s.text,
      rating,
      ratingLabel(framework.auditScale, rating),
      a?.evidence,
      a?.evidenceSource,
      a?.action,
      a?.owner,
      a?.due,
    ];
  });
  return toCsv([AUDIT_CSV_HEADER, ...rows]);
}
