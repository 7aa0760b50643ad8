import { z } from "zod";
import type { Framework } from "@/commitment-framework/schema";

/** What a setting pays, where it differs from its local authority's framework. */
export const CostOverrides = z.object({
  /** Pounds an hour, keyed by a catalogue cost code or staff role. */
  rates: z.record(z.string(), z.number().min(0)).default({}),
  /** The setting's own SEN support threshold in pounds a year (the framework's, £6,000 nationally, when absent). */
  senSupportThreshold: z.number().positive().optional(),
});
export type CostOverrides = z.infer<typeof CostOverrides>;

/** The key a catalogue item's rate is overridden by: its cost code, or else its staff role. */
export function rateKey(item: { costCode?: string; staffRole?: string }): string | undefined {
  return item.costCode ?? item.staffRole;
}

/**
 * The framework as this setting uses it: catalogue rates and the SEN support threshold replaced by the
 * setting's own where it has set them. The stored framework is never changed.
 */
export function withCostOverrides(framework: Framework, overrides: CostOverrides | undefined): Framework {
  if (!overrides) return framework;
  const catalogue = framework.catalogue.map((item) => {
    const key = rateKey(item);
    const rate = key === undefined ? undefined : overrides.rates[key];
    return rate === undefined ? item : { ...item, hourlyRate: rate };
  });
  const amount = overrides.senSupportThreshold;
  const senSupportThreshold = amount === undefined
    ? framework.senSupportThreshold
    : { amount, currency: "GBP" as const, description: framework.senSupportThreshold?.description ?? "The setting's own SEN support threshold." };
  return { ...framework, catalogue, senSupportThreshold };
}
