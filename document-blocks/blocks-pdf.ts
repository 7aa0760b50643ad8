import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import { addFooters } from "@/evidence-pack/pdf/page-footer";
import { pdfSafe } from "@/evidence-pack/pdf/pdf-text";
import { COLOURS, CONTENT_WIDTH, ensureSpace, heading, PAGE, paragraph, setText } from "@/evidence-pack/pdf/pdf-style";
import { TABLE_STYLE, tableEnd } from "@/evidence-pack/pdf/table-style";
import type { Block, BlockDocument } from "./blocks";

export interface BlocksPdfOptions {
  /** Fixed in tests and the demo so the same document gives the same bytes. */
  creationDate: Date;
  fileId: string;
  /** Body text size in points: 10 for school documents, 14 or more for the plain-language version. */
  bodySize?: number;
}

/** The document as PDF bytes (A4, Helvetica, a footer with page numbers on every page). */
export function blocksPdf(document: BlockDocument, options: BlocksPdfOptions): Uint8Array {
  const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait", compress: true });
  doc.setCreationDate(options.creationDate);
  doc.setFileId(options.fileId);
  doc.setProperties({ title: pdfSafe(document.title), creator: "SEND Companion" });
  const size = options.bodySize ?? 10;
  let y: number = PAGE.margin;
  for (const block of document.blocks) y = drawBlock(doc, block, y, size);
  addFooters(doc, pdfSafe(document.footer));
  return new Uint8Array(doc.output("arraybuffer"));
}

function drawBlock(doc: jsPDF, block: Block, y: number, size: number): number {
  switch (block.kind) {
    case "title":
      return title(doc, block.text, y, size);
    case "heading":
      return heading(doc, pdfSafe(block.text), y + 2, Math.max(15, size + 4));
    case "subheading": {
      const top = ensureSpace(doc, y, size);
      setText(doc, size + 1, "bold", COLOURS.ink);
      doc.text(pdfSafe(block.text), PAGE.margin, top + size * 0.4);
      return top + size * 0.6;
    }
    case "paragraph":
      return paragraph(doc, pdfSafe(block.text), y, size);
    case "bullets":
      return block.items.reduce((top, item) => paragraph(doc, pdfSafe(`-  ${item}`), top, size), y);
    case "note":
      return note(doc, pdfSafe(block.text), y, size);
    case "table":
      autoTable(doc, {
        ...TABLE_STYLE,
        styles: { ...TABLE_STYLE.styles, fontSize: Math.max(8.5, size - 1) },
        startY: y,
        head: [block.head.map(pdfSafe)],
        body: block.rows.map((row) => row.map(pdfSafe)),
      });
      return tableEnd(doc, y) + 5;
    case "page-break":
      doc.addPage();
      return PAGE.margin;
  }
}

function title(doc: jsPDF, text: string, y: number, size: number): number {
  setText(doc, size + 10, "bold", COLOURS.brand);
  const lines = doc.splitTextToSize(pdfSafe(text), CONTENT_WIDTH) as string[];
  const lineHeight = (size + 10) * 0.45;
  lines.forEach((line, i) => doc.text(line, PAGE.margin, y + lineHeight * (i + 0.8)));
  return y + lineHeight * lines.length + 4;
}

function note(doc: jsPDF, text: string, y: number, size: number): number {
  setText(doc, size, "normal");
  const lines = doc.splitTextToSize(text, CONTENT_WIDTH - 8) as string[];
  const lineHeight = size * 0.45;
  const height = lines.length * lineHeight + 6;
  const top = ensureSpace(doc, y, Math.min(height, 120));
  doc.setFillColor(...COLOURS.panel);
  doc.setDrawColor(...COLOURS.brand);
  doc.setLineWidth(0.8);
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, height, "F");
  doc.line(PAGE.margin, top, PAGE.margin, top + height);
  setText(doc, size, "normal");
  lines.forEach((line, i) => doc.text(line, PAGE.margin + 4, top + 3 + lineHeight * (i + 0.8)));
  return top + height + 4;
}
