import type { PackExport } from "@/graduated-approach/pack-export";
import type { Audit } from "@/self-audit/audit";

/** What the pupil page needs, beyond the pupil, to make and log an evidence pack. */
export interface EvidencePackContext {
  settingName: string;
  latestAudit?: Audit;
  now(): Date;
  onExported(kind: PackExport["kind"], pseudonymised: boolean): Promise<void> | void;
}
