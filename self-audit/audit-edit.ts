import type { Framework, Phase } from "@/commitment-framework/schema";
import { StatementAssessment, type Audit } from "./audit";
import { applicableStatements, areaSections } from "./applicable";
import { ratingOf } from "./scoring";

export interface NewAuditInput {
  id: string;
  settingName: string;
  framework: Framework;
  phase: Phase;
  /** Now, as an ISO date-time; the audit starts on its date part. */
  now: string;
}

export function newAudit({ id, settingName, framework, phase, now }: NewAuditInput): Audit {
  return {
    id,
    settingName,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    phase,
    startedOn: now.slice(0, 10),
    assessments: {},
    updatedAt: now,
  };
}

export type AssessmentPatch = Partial<StatementAssessment>;

/** A copy of the audit with one statement's record changed; rating a statement clears "skipped". */
export function updateAssessment(audit: Audit, statementId: string, patch: AssessmentPatch, now: string): Audit {
  const before = audit.assessments[statementId] ?? StatementAssessment.parse({});
  const after = { ...before, ...patch };
  if (patch.rating !== undefined) after.skipped = false;
  if (after.due === "") delete after.due;
  return { ...audit, assessments: { ...audit.assessments, [statementId]: after }, updatedAt: now };
}

export interface Progress {
  rated: number;
  total: number;
  skipped: number;
}

export function auditProgress(framework: Framework, audit: Audit, statementIds?: string[]): Progress {
  const ids = statementIds ?? applicableStatements(framework, audit.phase).map((s) => s.id);
  const rated = ids.filter((id) => ratingOf(audit, id, framework.auditScale) !== undefined).length;
  const skipped = ids.filter((id) => audit.assessments[id]?.skipped && ratingOf(audit, id, framework.auditScale) === undefined).length;
  return { rated, total: ids.length, skipped };
}

/** The order the audit is rated in: area by area, as the framework lists its areas. */
export function ratingOrder(framework: Framework, audit: Audit): string[] {
  return areaSections(framework, audit.phase).flatMap((section) => section.statements.map((s) => s.id));
}

/** The first statement in rating order after `fromIndex` (wrapping round) not yet rated, or undefined when all are. */
export function nextUnrated(framework: Framework, audit: Audit, fromIndex = -1): string | undefined {
  const ids = ratingOrder(framework, audit);
  for (let step = 1; step <= ids.length; step++) {
    const id = ids[(fromIndex + step + ids.length) % ids.length]!;
    if (ratingOf(audit, id, framework.auditScale) === undefined) return id;
  }
  return undefined;
}

/** The date the audit speaks for: when it was completed, or else when it started. */
export function auditDate(audit: Audit): string {
  return audit.completedOn ?? audit.startedOn;
}
