import { z } from "zod";
import { Id, Notes, Text } from "@/graduated-approach/fields";
import { IsoDate, IsoDateTime } from "@/graduated-approach/iso-date";
import { FundingSource } from "@/provision-map/intervention";

/** The one strategy draft a setting keeps (the store holds one record under this id). */
export const STRATEGY_ID = "inclusion-strategy";

/** One activity the setting invests in, with who it is for (never names) and its budgeted cost. */
export const StrategyActivity = z.object({
  id: Id,
  name: Text,
  /** Who it is for, as year groups, tiers and areas of need, e.g. "Years 3 to 5, Targeted, cognition and learning". */
  forWhom: Notes,
  /** How many pupils it serves at the time of writing; a count, not a list. */
  pupilCount: z.number().int().min(0).default(0),
  barrier: Notes,
  intendedImpact: Notes,
  fundingSource: FundingSource,
  budgetedCost: z.number({ error: "the budgeted cost must be a number of pounds" }).min(0, "the budgeted cost must not be negative"),
  /** Where the draft took it from, so a redraft can tell the school what changed. */
  from: z.enum(["intervention", "costed-provision", "added"]).default("added"),
});
export type StrategyActivity = z.infer<typeof StrategyActivity>;

/** The editable prose sections, keyed as in sections.ts. */
export const StrategyText = z.object({
  context: Notes,
  strengths: Notes,
  barriers: Notes,
  intendedImpact: Notes,
  monitoring: Notes,
  governance: Notes,
});
export type StrategyText = z.infer<typeof StrategyText>;

export const InclusionStrategy = z
  .object({
    id: z.literal(STRATEGY_ID).default(STRATEGY_ID),
    settingName: Text,
    /** The year the strategy covers: from and to, inclusive. */
    periodFrom: IsoDate,
    periodTo: IsoDate,
    writtenOn: IsoDate,
    /** A year on from writtenOn by default; the school may bring it forward. */
    reviewOn: IsoDate,
    /** The setting's Inclusive Mainstream Fund allocation for the period, if the school enters it. */
    imfAllocation: z.number().min(0, "the allocation must not be negative").optional(),
    text: StrategyText.prefault({}),
    activities: z.array(StrategyActivity).default([]),
    updatedAt: IsoDateTime,
  })
  .refine((s) => s.periodTo >= s.periodFrom, { message: "the end of the period must not be before its start", path: ["periodTo"] });
export type InclusionStrategy = z.infer<typeof InclusionStrategy>;
