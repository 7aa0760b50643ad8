import { jsPDF } from "jspdf";
import type { Framework } from "@/commitment-framework/schema";
import type { Audit } from "@/self-audit/audit";
import { addFooters } from "./page-footer";
import { pdfSafe } from "./pdf-text";
import { drawActionPlan } from "./report-actions";
import { drawAreaTables } from "./report-areas";
import { drawCover } from "./report-cover";
import { drawSummary } from "./report-summary";

export interface AuditReportInput {
  framework: Framework;
  audit: Audit;
  /** The setting's previous audit of the same phase, to show what changed. */
  previous?: Audit;
}

export interface PdfOptions {
  /** Fixed in tests so the same audit always gives the same bytes. */
  creationDate: Date;
  /** 32 hex digits. */
  fileId: string;
}

/** The audit report a setting puts in front of governors and the local authority, as PDF bytes. */
export function auditReportPdf({ framework, audit, previous }: AuditReportInput, options: PdfOptions): Uint8Array {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true });
  doc.setCreationDate(options.creationDate);
  doc.setFileId(options.fileId);
  doc.setProperties({
    title: pdfSafe(`Setting self-audit report: ${audit.settingName}`),
    subject: pdfSafe(framework.name),
    creator: "SEND Companion",
  });
  drawCover(doc, framework, audit);
  drawSummary(doc, framework, audit, previous);
  drawAreaTables(doc, framework, audit);
  drawActionPlan(doc, framework, audit);
  addFooters(doc, pdfSafe(`Setting self-audit report: ${audit.settingName}`));
  return new Uint8Array(doc.output("arraybuffer"));
}
