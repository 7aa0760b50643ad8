import { z } from "zod";
import { BroadArea } from "./broad-area";

/** The three phases a framework can speak to. */
export const Phase = z.enum(["early-years", "school", "post-16"]);
export type Phase = z.infer<typeof Phase>;

export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, numbers, dots and hyphens only");

export const Text = z.string().trim().min(1, "must not be empty");

/** One of the four tiers every framework maps onto (Universal, Targeted, Targeted Plus, Specialist), lowest first. */
export const Tier = z.object({
  id: Id,
  name: Text,
  shortName: Text.optional(),
  description: Text,
});
export type Tier = z.infer<typeof Tier>;

/** A level the framework itself uses (e.g. "Band 3" or "Targeted B"), and the tier it counts as. */
export const Level = z.object({
  id: Id,
  name: Text,
  description: Text.optional(),
  /** The id of one of the framework's four tiers. Several levels may share one tier. */
  tier: Id,
});
export type Level = z.infer<typeof Level>;

/** Whole-setting expectations, or an area of need. */
export const AreaKind = z.enum(["whole-setting", "need"]);
export type AreaKind = z.infer<typeof AreaKind>;

/** A heading of the framework: an area, a sub-area (parent set) or a group inside a sub-area. */
export const Area = z.object({
  id: Id,
  name: Text,
  kind: AreaKind,
  description: Text.optional(),
  /** The area this one sits under; absent for a top-level area. At most three levels deep. */
  parent: Id.optional(),
  /** Which broad area of need this heading belongs to; required for top-level need areas, inherited below. */
  broadArea: BroadArea.optional(),
});
export type Area = z.infer<typeof Area>;

/** Provision says what the setting does; a need descriptor says what a pupil's needs look like at a level. */
export const StatementKind = z.enum(["provision", "need-descriptor"]);
export type StatementKind = z.infer<typeof StatementKind>;

export const Statement = z.object({
  id: Id,
  kind: StatementKind.default("provision"),
  area: Id,
  /** The id of one of the framework's levels. */
  level: Id,
  phases: z.array(Phase).min(1, "must name at least one phase"),
  text: Text,
  strategies: z.array(Text).optional(),
  evidence: z.array(Text).optional(),
  /** Need descriptors only: the descriptor group it belongs to (see the framework's `groups`). */
  group: Id.optional(),
});
export type Statement = z.infer<typeof Statement>;

/** Descriptors in a "choose-one" group are alternatives: a pupil fits at most one of them. */
export const DescriptorGroup = z.object({
  id: Id,
  name: Text,
  rule: z.enum(["choose-one", "choose-any"]).default("choose-one"),
});
export type DescriptorGroup = z.infer<typeof DescriptorGroup>;

/** What a costed provision is for: any mix of areas, levels and statements (many-to-many). */
export const CatalogueLinks = z.object({
  areas: z.array(Id).default([]),
  levels: z.array(Id).default([]),
  statements: z.array(Id).default([]),
});
export type CatalogueLinks = z.infer<typeof CatalogueLinks>;

/** One item of the framework's costed provision catalogue. */
export const CatalogueItem = z.object({
  id: Id,
  name: Text,
  description: Text.optional(),
  /** Adult hours a week, or "bespoke" when it is worked out pupil by pupil. */
  hoursPerWeek: z.union([z.number().min(0), z.literal("bespoke")]),
  staffRole: Text.optional(),
  costCode: Text.optional(),
  /** Pounds an hour of the adult's time. */
  hourlyRate: z.number().min(0).optional(),
  /** The most it may cost a week for one pupil, in pounds. */
  weeklyCap: z.number().min(0).optional(),
  /** Pupils sharing the adult; the cost is split between them. */
  groupSize: z.number().int().min(1).default(1),
  links: CatalogueLinks.prefault({}),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

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

export const IsoDate = z.iso.date("must be a date written as YYYY-MM-DD");
