import { useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { auditCsv } from "@/self-audit/audit-csv";
import { buildAuditExport, exportFileName } from "@/self-audit/audit-export";
import { downloadBlob } from "@/components/ui/download";

export interface AuditDownloadsProps {
  framework: Framework;
  audit: Audit;
  previous: Audit | undefined;
  now(): Date;
}

/** 32 random hex digits for the PDF's file id. */
function randomFileId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** The report as PDF (jsPDF is loaded only now), the ratings as CSV, and the JSON file a local authority collects. */
export function AuditDownloads({ framework, audit, previous, now }: AuditDownloadsProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function pdf() {
    setBusy(true);
    setProblem(null);
    try {
      const { auditReportPdf } = await import("@/evidence-pack/pdf/audit-report");
      const bytes = auditReportPdf({ framework, audit, previous }, { creationDate: now(), fileId: randomFileId() });
      downloadBlob(exportFileName(audit, "pdf"), new Blob([bytes as BlobPart], { type: "application/pdf" }));
    } catch (e) {
      setProblem(`The report could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const csv = () => downloadBlob(exportFileName(audit, "csv"), new Blob(["\uFEFF", auditCsv(framework, audit)], { type: "text/csv;charset=utf-8" }));
  const json = () =>
    downloadBlob(
      exportFileName(audit, "json"),
      new Blob([JSON.stringify(buildAuditExport(framework, audit, now().toISOString()), null, 2)], { type: "application/json" }),
    );

  return (
    <div class="audit-downloads">
      <div class="button-row">
        <button type="button" class="button" onClick={() => void pdf()} disabled={busy}>
          {busy ? "Making the report…" : "Download the report (PDF)"}
        </button>
        <button type="button" class="button secondary" onClick={csv}>
          Download ratings (CSV)
        </button>
        <button type="button" class="button secondary" onClick={json}>
          Download for the local authority (JSON)
        </button>
      </div>
      {problem && <p class="error-message" role="alert">{problem}</p>}
      <p class="hint">Files are saved to your computer. Nothing is sent anywhere.</p>
    </div>
  );
}
