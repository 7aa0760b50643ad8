import type { PackExport } from "@/graduated-approach/pack-export";
import type { Intervention } from "@/provision-map/intervention";
import type { Audit } from "@/self-audit/audit";

/** What the pupil page needs, beyond the pupil, to make and log an evidence pack. */
export interface EvidencePackContext {
  settingName: string;
  latestAudit?: Audit;
  /** Group interventions: the pack shows each one the pupil is in, with their share and their own values. */
  interventions?: readonly Intervention[];
  now(): Date;
  onExported(kind: PackExport["kind"], pseudonymised: boolean): Promise<void> | void;
}
