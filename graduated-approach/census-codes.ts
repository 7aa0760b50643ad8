import { z } from "zod";

import { BroadArea } from "@/commitment-framework/broad-area";

/** The four broad areas of need; a framework's need areas each say which one they belong to. */
export { BroadArea, BROAD_AREA_LABELS } from "@/commitment-framework/broad-area";

/**
 * SEN type codes from the DfE school census (DS, Down syndrome, was added from January 2025).
 * OTH and NSA belong to no single broad area.
 */
export const SenNeedCode = z.enum([
  "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH", "NSA",
]);
export type SenNeedCode = z.infer<typeof SenNeedCode>;

export interface SenNeedInfo {
  label: string;
  /** The broad area the code sits in; null for OTH and NSA. */
  area: BroadArea | null;
}

export const SEN_NEED_CODES: Record<SenNeedCode, SenNeedInfo> = {
  SPLD: { label: "Specific learning difficulty (for example dyslexia)", area: "cognition-learning" },
  MLD: { label: "Moderate learning difficulty", area: "cognition-learning" },
  SLD: { label: "Severe learning difficulty", area: "cognition-learning" },
  PMLD: { label: "Profound and multiple learning difficulty", area: "cognition-learning" },
  // Down syndrome is a condition rather than an area; most local authorities place it here.
  DS: { label: "Down syndrome", area: "cognition-learning" },
  SEMH: { label: "Social, emotional and mental health", area: "semh" },
  SLCN: { label: "Speech, language and communication needs", area: "communication-interaction" },
  ASD: { label: "Autistic spectrum disorder", area: "communication-interaction" },
  HI: { label: "Hearing impairment", area: "sensory-physical" },
  VI: { label: "Vision impairment", area: "sensory-physical" },
  MSI: { label: "Multi-sensory impairment", area: "sensory-physical" },
  PD: { label: "Physical disability", area: "sensory-physical" },
  OTH: { label: "Other difficulty or disability", area: null },
  NSA: { label: "SEN support but no specialist assessment of type of need", area: null },
};

/** Census codes whose broad area is `area`. */
export function needCodesInArea(area: BroadArea): SenNeedCode[] {
  return SenNeedCode.options.filter((code) => SEN_NEED_CODES[code].area === area);
}

/**
 * SEN status. K and E are the census provision codes; "none" (census N) and "monitoring" (no SEN yet,
 * watched by the setting) are both reported as N.
 */
export const SenStatusCode = z.enum(["none", "monitoring", "K", "E"]);
export type SenStatusCode = z.infer<typeof SenStatusCode>;

export const SEN_STATUS_LABELS: Record<SenStatusCode, string> = {
  none: "No SEN",
  monitoring: "Monitoring",
  K: "SEN support",
  E: "EHC plan",
};
