import { jsPDF } from "jspdf";
import { autoTable, type UserOptions } from "jspdf-autotable";
import { pdfSafe } from "@/evidence-pack/pdf/pdf-text";
import { COLOURS, setText } from "@/evidence-pack/pdf/pdf-style";
import { TABLE_STYLE, tableEnd } from "@/evidence-pack/pdf/table-style";
import type { ReportTable } from "./report-tables";

/** A4 landscape in millimetres. */
export const LANDSCAPE = { width: 297, height: 210, margin: 14, footer: 10 } as const;

export interface PdfOptions {
  /** Fixed in tests and the demo so the same input gives the same bytes. */
  creationDate: Date;
  /** 32 hex digits. */
  fileId: string;
}

/** A landscape document with fixed creation date and id, and the helpers every page of these reports uses. */
export function landscapeDoc(title: string, options: PdfOptions) {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "landscape", compress: true });
  doc.setCreationDate(options.creationDate);
  doc.setFileId(options.fileId);
  doc.setProperties({ title: pdfSafe(title), creator: "SEND Companion" });
  const width = LANDSCAPE.width - 2 * LANDSCAPE.margin;
  const bottom = LANDSCAPE.height - LANDSCAPE.margin - LANDSCAPE.footer;
  const space = (y: number, needed: number) => {
    if (y + needed <= bottom) return y;
    doc.addPage();
    return LANDSCAPE.margin;
  };
  return {
    doc,
    heading(text: string, y: number, size = 14): number {
      const top = space(y, 24);
      setText(doc, size, "bold", COLOURS.brand);
      doc.text(pdfSafe(text), LANDSCAPE.margin, top + size * 0.35);
      return top + size * 0.35 + 5;
    },
    paragraph(text: string, y: number, size = 9.5): number {
      setText(doc, size, "normal", COLOURS.ink);
      let top = y;
      for (const line of doc.splitTextToSize(pdfSafe(text), width) as string[]) {
        top = space(top, size * 0.45);
        setText(doc, size, "normal", COLOURS.ink);
        doc.text(line, LANDSCAPE.margin, top + size * 0.36);
        top += size * 0.45;
      }
      return top + 2;
    },
    /** A table; `groupHead` adds a row above the header that spans several columns. */
    table(table: ReportTable, y: number, { groupHead, ...extra }: Partial<UserOptions> & { groupHead?: { content: string; colSpan: number }[] } = {}): number {
      const top = space(y, 20);
      const head = [table.head.map(pdfSafe)];
      autoTable(doc, {
        ...TABLE_STYLE,
        margin: { left: LANDSCAPE.margin, right: LANDSCAPE.margin, top: LANDSCAPE.margin, bottom: LANDSCAPE.margin + LANDSCAPE.footer },
        ...extra,
        styles: { ...TABLE_STYLE.styles, fontSize: 8, ...extra.styles },
        startY: top,
        head: groupHead ? [groupHead.map((g) => ({ ...g, content: pdfSafe(g.content) })), ...head] : head,
        body: table.body.map((row) => row.map((cell) => (typeof cell === "string" ? pdfSafe(cell) : String(cell)))),
      });
      return tableEnd(doc, top) + 5;
    },
    newPage(): number {
      doc.addPage();
      return LANDSCAPE.margin;
    },
    /** "Page X of Y" and the report's name on every page; run last. */
    finish(footer: string): Uint8Array {
      const pages = doc.getNumberOfPages();
      const y = LANDSCAPE.height - LANDSCAPE.margin + 3;
      for (let page = 1; page <= pages; page++) {
        doc.setPage(page);
        setText(doc, 7.5, "normal", COLOURS.muted);
        doc.text(pdfSafe(footer), LANDSCAPE.margin, y);
        doc.text(`Page ${page} of ${pages}`, LANDSCAPE.width - LANDSCAPE.margin, y, { align: "right" });
      }
      return new Uint8Array(doc.output("arraybuffer"));
    },
  };
}
