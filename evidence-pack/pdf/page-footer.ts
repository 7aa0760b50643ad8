import type { jsPDF } from "jspdf";
import { COLOURS, PAGE, setText } from "./pdf-style";

/** "Page X of Y" and the report's name at the foot of every page; run once all pages exist. */
export function addFooters(doc: jsPDF, footerText: string): void {
  const pages = doc.getNumberOfPages();
  const y = PAGE.height - PAGE.margin + 4;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setDrawColor(...COLOURS.line);
    doc.setLineWidth(0.3);
    doc.line(PAGE.margin, y - 5, PAGE.width - PAGE.margin, y - 5);
    setText(doc, 8, "normal", COLOURS.muted);
    doc.text(footerText, PAGE.margin, y);
    doc.text(`Page ${page} of ${pages}`, PAGE.width - PAGE.margin, y, { align: "right" });
  }
}
