import type { jsPDF } from "jspdf";
import { pdfSafe } from "../pdf-text";
import { COLOURS, heading, PAGE, setText } from "../pdf-style";
import type { SectionMark } from "./pack-layout";

/** Fills the contents page (page 2, left blank until every section has its page). */
export function drawContents(doc: jsPDF, sections: SectionMark[]): void {
  doc.setPage(2);
  let y = heading(doc, "Contents", PAGE.margin);
  sections.forEach((s, i) => {
    setText(doc, 11);
    doc.text(pdfSafe(`${i + 1}. ${s.title}`), PAGE.margin, y + 5);
    setText(doc, 11, "normal", COLOURS.muted);
    doc.text(`page ${s.page}`, PAGE.width - PAGE.margin, y + 5, { align: "right" });
    doc.setDrawColor(...COLOURS.track);
    doc.setLineWidth(0.2);
    doc.line(PAGE.margin, y + 7.5, PAGE.width - PAGE.margin, y + 7.5);
    y += 9;
  });
}
