import { areaPath, levelTier, statementTier } from "./queries-tree";
import type { Area, Framework, Phase, Statement, StatementKind, Tier } from "./schema";

export * from "./queries-tree";

export interface StatementFilter {
  phase?: Phase;
  tier?: string;
  /** A level of the framework's own, e.g. "band-3". */
  level?: string;
  area?: string;
  kind?: StatementKind;
  /** Words to find, in any order, in the statement, its strategies or its evidence. */
  text?: string;
}

export const PHASE_LABELS: Record<Phase, string> = {
  "early-years": "Early years",
  school: "School",
  "post-16": "Post-16",
};

export function filterStatements(framework: Framework, filter: StatementFilter): Statement[] {
  const words = searchWords(filter.text);
  return framework.statements.filter(
    (s) =>
      (!filter.phase || s.phases.includes(filter.phase)) &&
      (!filter.tier || statementTier(framework, s) === filter.tier) &&
      (!filter.level || s.level === filter.level) &&
      (!filter.area || s.area === filter.area || areaPath(framework, s.area).some((a) => a.id === filter.area)) &&
      (!filter.kind || s.kind === filter.kind) &&
      matchesWords(s, words),
  );
}

export function searchWords(text: string | undefined): string[] {
  return (text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesWords(statement: Statement, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [statement.id, statement.text, ...(statement.strategies ?? []), ...(statement.evidence ?? [])]
    .join(" ")
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function tierById(framework: Framework, id: string): Tier | undefined {
  return framework.tiers.find((t) => t.id === id);
}

export function areaById(framework: Framework, id: string): Area | undefined {
  return framework.areas.find((a) => a.id === id);
}

/** 1 for the lowest tier up to 4 for the highest, as the framework orders them. */
export function tierLevel(framework: Framework, id: string): number {
  return framework.tiers.findIndex((t) => t.id === id) + 1;
}

const KEYS = {
  tier: (fw: Framework, s: Statement) => levelTier(fw, s.level),
  level: (_fw: Framework, s: Statement) => s.level,
  area: (_fw: Framework, s: Statement) => s.area,
  kind: (_fw: Framework, s: Statement) => s.kind,
};

export function countStatementsBy(framework: Framework, key: keyof typeof KEYS): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of framework.statements) {
    const k = KEYS[key](framework, s);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function countStatementsByPhase(framework: Framework): Map<Phase, number> {
  const counts = new Map<Phase, number>();
  for (const s of framework.statements) for (const p of s.phases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}
