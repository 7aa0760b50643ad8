import { z } from "zod";
import { AuditScale, CostThreshold, IsoDate, Phase, Text, Tier } from "./schema-parts";

/** Version 1 of the framework file: four tiers, flat areas, provision statements only. Read to convert, never written. */
const IdV1 = z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, "must be letters, numbers and hyphens only");

export const AreaV1 = z.object({ id: IdV1, name: Text, kind: z.enum(["whole-setting", "need"]), description: Text });

export const StatementV1 = z.object({
  id: IdV1,
  area: IdV1,
  tier: IdV1,
  phases: z.array(Phase).min(1, "must name at least one phase"),
  text: Text,
  strategies: z.array(Text).optional(),
  evidence: z.array(Text).optional(),
});

export const FrameworkV1 = z.object({
  schemaVersion: z.literal(1),
  id: IdV1,
  name: Text,
  localAuthority: Text,
  version: Text,
  published: IsoDate,
  summary: Text.optional(),
  phases: z.array(Phase).min(1),
  tiers: z.array(Tier).length(4, "must have exactly four tiers, lowest first"),
  areas: z.array(AreaV1).min(1),
  auditScale: AuditScale,
  senSupportThreshold: CostThreshold.optional(),
  statements: z.array(StatementV1).min(1),
});
export type FrameworkV1 = z.infer<typeof FrameworkV1>;
