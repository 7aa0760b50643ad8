import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { longDate } from "@/graduated-approach/long-date";
import { retentionState, subjectAccessExport } from "@/graduated-approach/retention";
import { initialsOf } from "@/evidence-pack/pseudonymise";
import { downloadText } from "@/components/ui/download";

export interface DataProtectionSectionProps {
  pupil: Pupil;
  cycles: readonly Cycle[];
  today: string;
}

/** Subject access export and the SEN file retention date, on each pupil's page. */
export function DataProtectionSection({ pupil, cycles, today }: DataProtectionSectionProps) {
  const retention = retentionState(pupil, today);
  const download = () => {
    const record = subjectAccessExport(pupil, cycles, new Date().toISOString());
    // Initials only: file names show in download lists and shared folders.
    const initials = initialsOf(pupil).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    downloadText(`send-companion-record-${initials || "pupil"}-${today}.json`, JSON.stringify(record, null, 2), "application/json");
  };
  return (
    <section aria-labelledby="data-protection-title" class="page-section">
      <h3 id="data-protection-title">Data protection</h3>
      {retention.kind === "on-roll" && <p>Once this pupil is archived, their SEN file is kept until their date of birth plus 31 years.</p>}
      {retention.kind === "keep" && <p>Archived. Keep this SEN file until {longDate(retention.until)} (date of birth plus 31 years).</p>}
      {retention.kind === "review-for-erasure" && (
        <p class="notice" role="status">
          <strong>Retention period ended on {longDate(retention.since)}.</strong> Check your school's retention policy, then
          delete this record if it is no longer needed.
        </p>
      )}
      <button type="button" class="button secondary" onClick={download}>
        Download everything held about this pupil (JSON)
      </button>
      <p class="hint">For a subject access request. The file is not encrypted: store and send it securely.</p>
    </section>
  );
}
