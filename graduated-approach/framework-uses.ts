import type { Cycle } from "./cycle";

export interface StatementUse {
  statementId: string;
  /** "Plan of cycle 2 (provision “Word work group”)" or "Self-audit started 3 March 2026": where to look. */
  where: string;
  pupilId?: string;
}

/**
 * Where the given statements are used: provision in plans, and ratings in self-audits. Used to flag
 * statements that a newer framework version removes, so nothing that relies on them goes unnoticed.
 */
export function statementUses(
  statementIds: readonly string[],
  cycles: readonly Cycle[],
  audits: readonly { startedOn: string; frameworkVersion: string; assessments: Record<string, unknown> }[],
): StatementUse[] {
  const wanted = new Set(statementIds);
  const uses: StatementUse[] = [];
  for (const cycle of cycles) {
    for (const p of cycle.stages.plan.provisions) {
      if (p.statementId && wanted.has(p.statementId)) {
        uses.push({ statementId: p.statementId, pupilId: cycle.pupilId, where: `plan of cycle ${cycle.number} (provision "${p.title}")` });
      }
    }
  }
  for (const audit of audits) {
    for (const id of Object.keys(audit.assessments)) {
      if (wanted.has(id)) uses.push({ statementId: id, where: `self-audit started ${audit.startedOn} (framework version ${audit.frameworkVersion})` });
    }
  }
  return uses;
}
