import type { Framework, Statement } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements } from "./applicable";
import { auditDate } from "./audit-edit";
import { ratingOf, scoreByArea } from "./scoring";

export interface StatementChange {
  statement: Statement;
  before: number | undefined;
  after: number;
}

export interface AreaChange {
  id: string;
  name: string;
  before: number | null;
  after: number | null;
}

export interface AuditComparison {
  previousDate: string;
  up: StatementChange[];
  down: StatementChange[];
  unchanged: StatementChange[];
  /** Rated now but not rated (or not part of) the previous audit. */
  new: StatementChange[];
  /** Per-area score, as a percentage, before and now. */
  areas: AreaChange[];
}

/** What moved up, down or stayed the same since the previous audit; only statements rated now count. */
export function compareAudits(framework: Framework, current: Audit, previous: Audit): AuditComparison {
  const scale = framework.auditScale;
  const result: AuditComparison = { previousDate: auditDate(previous), up: [], down: [], unchanged: [], new: [], areas: [] };
  for (const statement of applicableStatements(framework, current.phase)) {
    const after = ratingOf(current, statement.id, scale);
    if (after === undefined) continue;
    const before = ratingOf(previous, statement.id, scale);
    const change = { statement, before, after };
    if (before === undefined) result.new.push(change);
    else if (after > before) result.up.push(change);
    else if (after < before) result.down.push(change);
    else result.unchanged.push(change);
  }
  const beforeAreas = new Map(scoreByArea(framework, { ...previous, phase: current.phase }).map((a) => [a.id, a.percent]));
  result.areas = scoreByArea(framework, current).map((a) => ({ id: a.id, name: a.name, before: beforeAreas.get(a.id) ?? null, after: a.percent }));
  return result;
}

/** The setting's most recent earlier audit against the same framework and phase, if there is one. */
export function previousAudit(audits: Audit[], current: Audit): Audit | undefined {
  return audits
    .filter(
      (a) =>
        a.id !== current.id &&
        a.frameworkId === current.frameworkId &&
        a.phase === current.phase &&
        (auditDate(a) < auditDate(current) || (auditDate(a) === auditDate(current) && a.updatedAt < current.updatedAt)),
    )
    .sort((a, b) => (auditDate(b) + b.updatedAt).localeCompare(auditDate(a) + a.updatedAt))[0];
}
