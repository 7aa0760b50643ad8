import { jsPDF } from "jspdf";
import type { EvidencePack } from "@/evidence-pack/pack-schema";
import type { PdfOptions } from "./audit-report";
import { pdfSafe } from "./pdf-text";
import { drawContents } from "./pack/pack-contents";
import { drawPackCover } from "./pack/pack-cover";
import { drawCycles } from "./pack/pack-cycles";
import type { PackLayout } from "./pack/pack-layout";
import { addPackMarks } from "./pack/pack-marks";
import { drawNeeds, drawPupilSummary } from "./pack/pack-pupil";
import { drawOrdinarilyAvailable, drawProvisionMap } from "./pack/pack-provision";
import { drawReadiness, drawTimeline } from "./pack/pack-readiness";
import { drawAdvice, drawAttendance, drawViews } from "./pack/pack-views";

export type { PdfOptions } from "./audit-report";

/** The EHC needs-assessment evidence pack as PDF bytes: the same pack and options always give the same bytes. */
export function evidencePackPdf(pack: EvidencePack, options: PdfOptions): Uint8Array {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true });
  doc.setCreationDate(options.creationDate);
  doc.setFileId(options.fileId);
  const title = pdfSafe(`EHC needs assessment evidence: ${pack.cover.pupilName}`);
  doc.setProperties({ title, subject: pdfSafe(pack.sensitivity), creator: "SEND Companion" });
  drawPackCover(doc, pack);
  doc.addPage(); // contents, filled in once every section has its page
  const layout: PackLayout = { doc, sections: [] };
  drawPupilSummary(layout, pack);
  drawNeeds(layout, pack);
  drawCycles(layout, pack);
  drawProvisionMap(layout, pack);
  drawAdvice(layout, pack);
  drawAttendance(layout, pack, drawViews(layout, pack));
  drawOrdinarilyAvailable(layout, pack);
  drawReadiness(layout, pack);
  drawTimeline(layout, pack);
  drawContents(doc, layout.sections);
  addPackMarks(doc, pack.sensitivity, title);
  return new Uint8Array(doc.output("arraybuffer"));
}
