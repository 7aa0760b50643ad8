import { z } from "zod";
import { checkFramework } from "./framework-rules";
import {
  Area, AuditScale, CatalogueItem, CostThreshold, DescriptorGroup, Id, IsoDate, Level, Phase, Statement, Text, Tier,
} from "./schema-parts";

export * from "./schema-parts";
export { BroadArea } from "./broad-area";

export const FRAMEWORK_SCHEMA_VERSION = 2;

/** Used when a framework brings no self-audit scale of its own. */
export const DEFAULT_AUDIT_SCALE: AuditScale = {
  name: "Four-point maturity scale",
  levels: [
    { value: 0, label: "Not yet emerging", description: "Not in place yet." },
    { value: 1, label: "Emerging", description: "In place in some classes or some of the time." },
    { value: 2, label: "Developing", description: "In place in most classes, most of the time." },
    { value: 3, label: "Maturing", description: "Part of everyday practice everywhere, and checked." },
  ],
};

/** The fields of a version-2 framework file, before the cross-checks between them. */
export const FrameworkFields = z.object({
  schemaVersion: z.literal(FRAMEWORK_SCHEMA_VERSION),
  id: Id,
  name: Text,
  localAuthority: Text,
  version: Text,
  published: IsoDate,
  summary: Text.optional(),
  phases: z.array(Phase).min(1),
  tiers: z.array(Tier).length(4, "must have exactly four tiers, lowest first"),
  levels: z.array(Level).min(1, "needs at least one level"),
  areas: z.array(Area).min(1),
  groups: z.array(DescriptorGroup).default([]),
  auditScale: AuditScale.default(DEFAULT_AUDIT_SCALE),
  senSupportThreshold: CostThreshold.optional(),
  statements: z.array(Statement).min(1),
  catalogue: z.array(CatalogueItem).default([]),
});

/** A local authority's framework, version 2 of the format (see docs/framework-format.md). */
export const Framework = FrameworkFields.superRefine(checkFramework);
export type Framework = z.infer<typeof Framework>;
export type FrameworkInput = z.input<typeof Framework>;
