import type { Framework } from "@/commitment-framework/schema";
import type { AuditExport } from "./audit-export";
import { applicableStatements } from "./applicable";
import { isOnScale, scaleMax } from "./scale";
import type { Score } from "./scoring";

/**
 * A setting's overall score worked out again from the ratings in its file, over the framework's statements for
 * its phase: the score written in the file is never trusted (it may be stale, edited or wrong).
 */
export function recomputedOverall(framework: Framework, file: AuditExport): Score {
  const ratings = new Map(file.ratings.map((r) => [r.statementId, r.rating]));
  const statements = applicableStatements(framework, file.phase);
  const rated = statements
    .map((s) => ratings.get(s.id))
    .filter((r): r is number => typeof r === "number" && isOnScale(framework.auditScale, r));
  if (rated.length === 0) return { rated: 0, total: statements.length, mean: null, percent: null };
  const mean = rated.reduce((sum, r) => sum + r, 0) / rated.length;
  return { rated: rated.length, total: statements.length, mean, percent: (mean / scaleMax(framework.auditScale)) * 100 };
}

/** True when the file's own overall score is not what its ratings give (beyond the file's rounding to 0.1). */
export function claimsAnotherScore(file: AuditExport, recomputed: Score): boolean {
  const claimed = file.scores.overall.percent;
  if (claimed === null || recomputed.percent === null) return claimed !== recomputed.percent;
  return Math.abs(claimed - recomputed.percent) > 0.05;
}

export interface DuplicateAudit {
  settingName: string;
  auditDate: string;
  /** The files holding this setting's audit of that date, in the order given; the first is the one compared. */
  fileNames: string[];
}

const settingKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Files that are the same setting's audit of the same date (names compared ignoring case and spacing). */
export function duplicateAudits(files: readonly { fileName: string; value: AuditExport }[]): DuplicateAudit[] {
  const groups = new Map<string, DuplicateAudit>();
  for (const { fileName, value } of files) {
    const key = `${settingKey(value.setting.name)}\u0000${value.auditDate}`;
    const group = groups.get(key) ?? { settingName: value.setting.name, auditDate: value.auditDate, fileNames: [] };
    group.fileNames.push(fileName);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => g.fileNames.length > 1);
}

/** The files to compare: each setting's audit of a date once (the first file of any duplicates). */
export function withoutDuplicates<T extends { fileName: string; value: AuditExport }>(files: readonly T[]): T[] {
  const later = new Set(duplicateAudits(files).flatMap((d) => d.fileNames.slice(1)));
  return files.filter((f) => !later.has(f.fileName));
}
