import { z } from "zod";

/** The three phases a framework can speak to. */
export const Phase = z.enum(["early-years", "school", "post-16"]);
export type Phase = z.infer<typeof Phase>;

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/i, "must be letters, numbers and hyphens only");

const Text = z.string().trim().min(1, "must not be empty");

export const Tier = z.object({
  id: Id,
  name: Text,
  shortName: Text.optional(),
  description: Text,
});
export type Tier = z.infer<typeof Tier>;

/** Whole-setting expectations, or one of the four broad areas of need. */
export const AreaKind = z.enum(["whole-setting", "need"]);
export type AreaKind = z.infer<typeof AreaKind>;

export const Area = z.object({
  id: Id,
  name: Text,
  kind: AreaKind,
  description: Text,
});
export type Area = z.infer<typeof Area>;

export const Statement = z.object({
  id: Id,
  area: Id,
  tier: Id,
  phases: z.array(Phase).min(1, "must name at least one phase"),
  text: Text,
  strategies: z.array(Text).optional(),
  evidence: z.array(Text).optional(),
});
export type Statement = z.infer<typeof Statement>;

export const ScaleLevel = z.object({
  value: z.number().int().min(0),
  label: Text,
  description: Text,
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const AuditScale = z.object({
  name: Text,
  levels: z.array(ScaleLevel).min(2, "needs at least two levels"),
});
export type AuditScale = z.infer<typeof AuditScale>;

export const CostThreshold = z.object({
  amount: z.number().positive(),
  currency: z.literal("GBP"),
  description: Text,
});
export type CostThreshold = z.infer<typeof CostThreshold>;

const IsoDate = z.iso.date("must be a date written as YYYY-MM-DD");

export const FRAMEWORK_SCHEMA_VERSION = 1;

export const Framework = z
  .object({
    schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
    id: Id,
    name: Text,
    localAuthority: Text,
    version: Text,
    published: IsoDate,
    summary: Text.optional(),
    phases: z.array(Phase).min(1),
    tiers: z.array(Tier).length(4, "must have exactly four tiers, lowest first"),
    areas: z.array(Area).min(1),
    auditScale: AuditScale,
    senSupportThreshold: CostThreshold.optional(),
    statements: z.array(Statement).min(1),
  })
  .superRefine((fw, ctx) => {
    const tierIds = new Set(fw.tiers.map((t) => t.id));
    const areaIds = new Set(fw.areas.map((a) => a.id));
    const seen = new Set<string>();
    reportDuplicates(fw.tiers.map((t) => t.id), ["tiers"], ctx);
    reportDuplicates(fw.areas.map((a) => a.id), ["areas"], ctx);
    reportDuplicates(fw.auditScale.levels.map((l) => String(l.value)), ["auditScale", "levels"], ctx);
    fw.statements.forEach((s, i) => {
      const path = ["statements", i];
      if (seen.has(s.id)) {
        ctx.addIssue({ code: "custom", path: [...path, "id"], message: `id "${s.id}" is used by an earlier statement` });
      }
      seen.add(s.id);
      if (!areaIds.has(s.area)) {
        ctx.addIssue({ code: "custom", path: [...path, "area"], message: `area "${s.area}" is not one of the framework's areas` });
      }
      if (!tierIds.has(s.tier)) {
        ctx.addIssue({ code: "custom", path: [...path, "tier"], message: `tier "${s.tier}" is not one of the framework's tiers` });
      }
      s.phases.forEach((p, j) => {
        if (!fw.phases.includes(p)) {
          ctx.addIssue({ code: "custom", path: [...path, "phases", j], message: `phase "${p}" is not one of the framework's phases` });
        }
      });
    });
  });
export type Framework = z.infer<typeof Framework>;

function reportDuplicates(ids: string[], path: (string | number)[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: "custom", path: [...path, i], message: `"${id}" appears more than once` });
    seen.add(id);
  });
}
