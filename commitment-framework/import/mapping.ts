import { z } from "zod";
import { BroadArea } from "../broad-area";
import { Phase } from "../schema-parts";

/** The four tiers by their place, lowest first; levels are mapped onto these. */
export const TierId = z.enum(["universal", "targeted", "targeted-plus", "specialist"]);
export type TierId = z.infer<typeof TierId>;

/** A column name (CSV, spreadsheet) or key (JSON) in the source file. */
const Column = z.string().trim().min(1, "must name a column or key");

/** How one value written in the level column maps to a level of the framework and the tier it counts as. */
export const LevelMapping = z.object({
  /** As written in the file, e.g. "B" or "Band 3" (matched ignoring case and spaces at the ends). */
  value: z.string().trim().min(1, "must say what the file writes for this level"),
  name: z.string().trim().min(1).optional(),
  tier: TierId,
});
export type LevelMapping = z.infer<typeof LevelMapping>;

export const MappingColumns = z.object({
  id: Column.optional(),
  text: Column,
  /** One column per depth (area, sub-area, group), or one column with the path joined by `areaSeparator`. */
  area: z.array(Column).max(3, "an area path has at most three parts").optional(),
  areaSeparator: z.string().min(1).optional(),
  level: Column.optional(),
  phase: Column.optional(),
  kind: Column.optional(),
  group: Column.optional(),
  strategies: Column.optional(),
  evidence: Column.optional(),
  hours: Column.optional(),
  staffRole: Column.optional(),
  costCode: Column.optional(),
  rate: Column.optional(),
  weeklyCap: Column.optional(),
  groupSize: Column.optional(),
  /** Levels, areas or statement ids a catalogue item serves, separated by commas or semicolons. */
  links: Column.optional(),
});
export type MappingColumns = z.infer<typeof MappingColumns>;

/**
 * How to read one local authority's file into a framework: which column holds what, how its levels map to
 * the four tiers, and where its areas sit. The workspace saves one per file and reuses it for the next version.
 */
export const FrameworkMapping = z.object({
  mappingVersion: z.literal(1),
  source: z
    .object({
      /** Spreadsheets: the sheet to read; the first when absent. */
      sheet: z.string().optional(),
      /** CSV and spreadsheets: the row (from 1) that holds the column names; found by looking for them when absent. */
      headerRow: z.number().int().min(1).optional(),
      /** Nested JSON: the key that names each node of the tree (its area, sub-area or group). */
      nodeName: z.string().optional(),
    })
    .prefault({}),
  framework: z.object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, numbers, dots and hyphens only"),
    name: z.string().trim().min(1),
    localAuthority: z.string().trim().min(1),
    version: z.string().trim().min(1),
    published: z.iso.date("must be a date written as YYYY-MM-DD"),
    phases: z.array(Phase).min(1).default(["early-years", "school", "post-16"]),
    /** Pounds a year a setting funds for a pupil at SEN support before top-up funding; £6,000 nationally. */
    senSupportThreshold: z.number().positive().default(6000),
  }),
  columns: MappingColumns,
  levels: z.array(LevelMapping).min(1, "map at least one level to a tier"),
  /** Top-level area names to their broad area of need, or "whole-setting"; areas not listed are placed by their name. */
  areas: z.record(z.string(), z.union([BroadArea, z.literal("whole-setting")])).default({}),
  /** Values of the kind column: which mean a need descriptor, and which a catalogue item. Anything else is provision. */
  kinds: z
    .object({
      "need-descriptor": z.array(z.string()).default(["descriptor", "need descriptor", "need"]),
      catalogue: z.array(z.string()).default(["catalogue", "costed", "costed provision", "cost"]),
    })
    .prefault({}),
  /** Whether descriptors in one group are alternatives (choose one) or may be ticked together. */
  groupRule: z.enum(["choose-one", "choose-any"]).default("choose-one"),
});
export type FrameworkMapping = z.infer<typeof FrameworkMapping>;
export type FrameworkMappingInput = z.input<typeof FrameworkMapping>;
