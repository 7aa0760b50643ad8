import type { jsPDF } from "jspdf";
import { pdfSafe } from "../pdf-text";
import { COLOURS, PAGE, setText } from "../pdf-style";

/**
 * The sensitivity marking at the head and foot of every page, the pack's name and "Page X of Y"; run once all
 * pages exist.
 */
export function addPackMarks(doc: jsPDF, sensitivity: string, footerText: string): void {
  const pages = doc.getNumberOfPages();
  const footY = PAGE.height - PAGE.margin + 4;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    setText(doc, 8.5, "bold", COLOURS.ink);
    doc.text(pdfSafe(sensitivity.toUpperCase()), PAGE.width / 2, 9, { align: "center" });
    doc.setDrawColor(...COLOURS.line);
    doc.setLineWidth(0.3);
    doc.line(PAGE.margin, footY - 5, PAGE.width - PAGE.margin, footY - 5);
    setText(doc, 8, "normal", COLOURS.muted);
    doc.text(pdfSafe(footerText), PAGE.margin, footY);
    doc.text(`Page ${page} of ${pages}`, PAGE.width - PAGE.margin, footY, { align: "right" });
    setText(doc, 7.5, "bold", COLOURS.ink);
    doc.text(pdfSafe(sensitivity), PAGE.width / 2, footY + 4.5, { align: "center" });
  }
}
