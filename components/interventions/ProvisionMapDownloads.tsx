import { useState } from "preact/hooks";
import type { GovernorsReport } from "@/provision-map/governors-report";
import type { ProvisionMapReport } from "@/provision-map/provision-map-report";
import { downloadBlob } from "@/components/ui/download";

function randomFileId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** The provision map as PDF, XLSX or CSV and the governors' report as PDF; jsPDF and exceljs load only when asked. */
export function ProvisionMapDownloads({ report, governors, now }: { report: ProvisionMapReport; governors: () => GovernorsReport; now: () => Date }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (what: string, make: () => Promise<[string, BlobPart, string]>) => {
    setBusy(what);
    setProblem(null);
    try {
      const [name, data, type] = await make();
      downloadBlob(name, new Blob([data], { type }));
    } catch (e) {
      setProblem(`The ${what} could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  const options = () => ({ creationDate: now(), fileId: randomFileId() });
  return (
    <div class="provision-downloads">
      <div class="button-row">
        <button type="button" class="button" disabled={busy !== null} onClick={() => void run("provision map PDF", async () => {
          const [{ provisionMapPdf }, { provisionMapFileName }] = await Promise.all([import("@/provision-map/outputs/provision-map-pdf"), import("@/provision-map/outputs/provision-map-csv")]);
          return [provisionMapFileName(report, "pdf"), provisionMapPdf(report, options()) as BlobPart, "application/pdf"];
        })}>Download the provision map (PDF)</button>
        <button type="button" class="button secondary" disabled={busy !== null} onClick={() => void run("spreadsheet", async () => {
          const [{ provisionMapXlsx }, { provisionMapFileName }] = await Promise.all([import("@/provision-map/outputs/provision-map-xlsx"), import("@/provision-map/outputs/provision-map-csv")]);
          return [provisionMapFileName(report, "xlsx"), (await provisionMapXlsx(report)) as BlobPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
        })}>Spreadsheet (XLSX)</button>
        <button type="button" class="button secondary" disabled={busy !== null} onClick={() => void run("CSV file", async () => {
          const { provisionMapCsv, provisionMapFileName } = await import("@/provision-map/outputs/provision-map-csv");
          return [provisionMapFileName(report, "csv"), `\uFEFF${provisionMapCsv(report)}`, "text/csv;charset=utf-8"];
        })}>CSV</button>
        <button type="button" class="button secondary" disabled={busy !== null} onClick={() => void run("governors' report", async () => {
          const { governorsReportPdf } = await import("@/provision-map/outputs/governors-report-pdf");
          return [`governors-send-report-${report.today}.pdf`, governorsReportPdf(governors(), options()) as BlobPart, "application/pdf"];
        })}>Governors' SEND report (PDF)</button>
      </div>
      {busy && <p role="status">Making the {busy}…</p>}
      {problem && <p class="error-message" role="alert">{problem}</p>}
      <p class="hint">Files are saved to your computer. Nothing is sent anywhere. The governors' report names no pupil.</p>
    </div>
  );
}
