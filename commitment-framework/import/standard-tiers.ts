import type { Tier } from "../schema-parts";
import type { TierId } from "./mapping";

/** The four tiers every imported framework maps onto, in SEND Companion's own words. */
export const STANDARD_TIERS: readonly (Tier & { id: TierId })[] = [
  { id: "universal", name: "Universal", shortName: "Tier 1", description: "Quality-first, inclusive teaching and a welcoming setting for every child and young person." },
  { id: "targeted", name: "Targeted", shortName: "Tier 2", description: "SEN support: provision additional to or different from what most pupils receive, planned and reviewed in cycles." },
  { id: "targeted-plus", name: "Targeted Plus", shortName: "Tier 3", description: "SEN support shaped by specialist advice, often more intensive, still without an EHC plan." },
  { id: "specialist", name: "Specialist", shortName: "Tier 4", description: "Provision set out in an education, health and care plan." },
];
