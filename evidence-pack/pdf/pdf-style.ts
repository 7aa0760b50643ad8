import type { jsPDF } from "jspdf";

/** A4 portrait in millimetres, with the margins every page of the report uses. */
export const PAGE = { width: 210, height: 297, margin: 18, footer: 12 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export type Rgb = [number, number, number];
export const COLOURS = {
  ink: [11, 12, 12] as Rgb,
  muted: [72, 73, 73] as Rgb,
  brand: [29, 78, 137] as Rgb,
  line: [177, 180, 182] as Rgb,
  track: [236, 236, 236] as Rgb,
  panel: [243, 242, 241] as Rgb,
  white: [255, 255, 255] as Rgb,
};

export function setText(doc: jsPDF, size: number, style: "normal" | "bold" = "normal", colour: Rgb = COLOURS.ink): void {
  doc.setFont("helvetica", style);
  doc.setFontSize(size);
  doc.setTextColor(...colour);
}

/** Moves to a new page when `needed` millimetres will not fit below y; returns the y to draw at. */
export function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= PAGE.height - PAGE.margin - PAGE.footer) return y;
  doc.addPage();
  return PAGE.margin;
}

/** A section heading with a rule under it; returns the y below it. */
export function heading(doc: jsPDF, text: string, y: number, size = 15): number {
  const top = ensureSpace(doc, y, 20);
  setText(doc, size, "bold", COLOURS.brand);
  doc.text(text, PAGE.margin, top + size * 0.35);
  doc.setDrawColor(...COLOURS.brand);
  doc.setLineWidth(0.5);
  doc.line(PAGE.margin, top + size * 0.35 + 2.5, PAGE.width - PAGE.margin, top + size * 0.35 + 2.5);
  return top + size * 0.35 + 8;
}

/** Wrapped body text; returns the y below it. */
export function paragraph(doc: jsPDF, text: string, y: number, size = 10, colour: Rgb = COLOURS.ink): number {
  setText(doc, size, "normal", colour);
  const lines = doc.splitTextToSize(text, CONTENT_WIDTH) as string[];
  const lineHeight = size * 0.45;
  let top = y;
  for (const line of lines) {
    top = ensureSpace(doc, top, lineHeight);
    setText(doc, size, "normal", colour);
    doc.text(line, PAGE.margin, top + lineHeight * 0.8);
    top += lineHeight;
  }
  return top + 2;
}
