import { z } from "zod";
import { statementTier } from "@/commitment-framework/queries";
import { Phase, type Framework } from "@/commitment-framework/schema";
import type { Audit } from "./audit";
import { applicableStatements } from "./applicable";
import { auditDate } from "./audit-edit";
import { overallScore, ratingOf, scoreByArea, scoreByTier } from "./scoring";

export const AUDIT_EXPORT_SCHEMA_VERSION = 1;
export const AUDIT_EXPORT_KIND = "send-companion-audit";

const Percent = z.number().min(0).max(100).nullable();
const ScoreJson = z.object({ rated: z.number().int().min(0), total: z.number().int().min(0), percent: Percent });
const GroupScoreJson = ScoreJson.extend({ id: z.string().min(1), name: z.string().min(1) });

export const ExportedRating = z.object({
  statementId: z.string().min(1),
  area: z.string().min(1),
  tier: z.string().min(1),
  /** The framework's own level (exports made before levels existed have none). */
  level: z.string().min(1).optional(),
  /** A value on the framework's scale, or null when the statement was not rated. */
  rating: z.number().int().min(0).nullable(),
  evidence: z.string().default(""),
  action: z.string().default(""),
});
export type ExportedRating = z.infer<typeof ExportedRating>;

/** What a setting sends its local authority: version 1 of the audit export file. */
export const AuditExport = z.object({
  schemaVersion: z.literal(AUDIT_EXPORT_SCHEMA_VERSION, "must be 1"),
  kind: z.literal(AUDIT_EXPORT_KIND, "must be \"send-companion-audit\""),
  exportedAt: z.iso.datetime(),
  setting: z.object({ name: z.string().trim().min(1, "must not be empty") }),
  framework: z.object({ id: z.string().min(1), version: z.string().min(1), name: z.string().min(1) }),
  phase: Phase,
  auditDate: z.iso.date("must be a date written as YYYY-MM-DD"),
  completed: z.boolean(),
  scale: z.object({ name: z.string(), levels: z.array(z.object({ value: z.number().int().min(0), label: z.string() })).min(2) }),
  ratings: z.array(ExportedRating),
  scores: z.object({ overall: ScoreJson, areas: z.array(GroupScoreJson), tiers: z.array(GroupScoreJson) }),
});
export type AuditExport = z.infer<typeof AuditExport>;

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const scoreJson = <T extends { rated: number; total: number; percent: number | null }>({ rated, total, percent }: T) => ({ rated, total, percent: round1(percent) });

export function buildAuditExport(framework: Framework, audit: Audit, exportedAt: string): AuditExport {
  return {
    schemaVersion: AUDIT_EXPORT_SCHEMA_VERSION,
    kind: AUDIT_EXPORT_KIND,
    exportedAt,
    setting: { name: audit.settingName },
    framework: { id: framework.id, version: framework.version, name: framework.name },
    phase: audit.phase,
    auditDate: auditDate(audit),
    completed: Boolean(audit.completedOn),
    scale: { name: framework.auditScale.name, levels: framework.auditScale.levels.map(({ value, label }) => ({ value, label })) },
    ratings: applicableStatements(framework, audit.phase).map((s) => ({
      statementId: s.id,
      area: s.area,
      tier: statementTier(framework, s),
      level: s.level,
      rating: ratingOf(audit, s.id, framework.auditScale) ?? null,
      evidence: audit.assessments[s.id]?.evidence ?? "",
      action: audit.assessments[s.id]?.action ?? "",
    })),
    scores: {
      overall: scoreJson(overallScore(framework, audit)),
      areas: scoreByArea(framework, audit).map((a) => ({ id: a.id, name: a.name, ...scoreJson(a) })),
      tiers: scoreByTier(framework, audit).map((t) => ({ id: t.id, name: t.name, ...scoreJson(t) })),
    },
  };
}

/** "Audit - Example School - 2026-03-03.json", safe on every file system. */
export function exportFileName(audit: Pick<Audit, "settingName" | "startedOn" | "completedOn">, extension: string): string {
  const name = audit.settingName.replace(/[^A-Za-z0-9 ()-]+/g, " ").replace(/\s+/g, " ").trim() || "setting";
  return `Self-audit - ${name} - ${audit.completedOn ?? audit.startedOn}.${extension}`;
}
