import type { UserOptions } from "jspdf-autotable";
import { COLOURS, PAGE } from "./pdf-style";

/** The look every table in the report shares: plain, ruled, Helvetica, brand-coloured header row. */
export const TABLE_STYLE: Partial<UserOptions> = {
  theme: "grid",
  margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.margin, bottom: PAGE.margin + PAGE.footer },
  styles: { font: "helvetica", fontSize: 8.5, cellPadding: 1.6, textColor: COLOURS.ink, lineColor: COLOURS.line, lineWidth: 0.2, valign: "top" },
  headStyles: { fillColor: COLOURS.brand, textColor: COLOURS.white, fontStyle: "bold" },
  alternateRowStyles: { fillColor: [248, 248, 248] },
  rowPageBreak: "avoid",
};

/** Where the last table ended. */
export function tableEnd(doc: unknown, fallback: number): number {
  return (doc as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? fallback;
}
