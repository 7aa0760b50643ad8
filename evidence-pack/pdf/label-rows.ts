import type { jsPDF } from "jspdf";
import { pdfSafe } from "./pdf-text";
import { CONTENT_WIDTH, PAGE, setText } from "./pdf-style";

const LABEL_WIDTH = 42;

/** Bold labels with their wrapped values beside them (cover pages); returns the y below the last row. */
export function drawLabelRows(doc: jsPDF, rows: readonly (readonly [string, string])[], y: number, rowGap: number): number {
  for (const [label, value] of rows) {
    setText(doc, 11, "bold");
    doc.text(label, PAGE.margin, y);
    setText(doc, 11);
    const lines = doc.splitTextToSize(pdfSafe(value), CONTENT_WIDTH - LABEL_WIDTH) as string[];
    doc.text(lines, PAGE.margin + LABEL_WIDTH, y);
    y += lines.length * 5.5 + rowGap;
  }
  return y;
}
