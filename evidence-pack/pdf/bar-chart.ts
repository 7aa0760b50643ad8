import type { jsPDF } from "jspdf";
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE, setText } from "./pdf-style";

export interface Bar {
  label: string;
  /** 0 to 100, or null when nothing is rated. */
  percent: number | null;
  /** Words after the value, e.g. "12 of 12 rated". */
  note: string;
}

const LABEL_WIDTH = 58;
const VALUE_WIDTH = 40;
const BAR_HEIGHT = 5;

/**
 * A horizontal bar chart drawn as vector shapes, with each bar's label and value written beside it so colour
 * is never the only signal. Returns the y below the chart.
 */
export function drawBarChart(doc: jsPDF, bars: Bar[], y: number): number {
  const trackX = PAGE.margin + LABEL_WIDTH;
  const trackWidth = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  let top = ensureSpace(doc, y, 12);
  top = drawScale(doc, trackX, trackWidth, top);
  for (const bar of bars) {
    setText(doc, 9);
    const lines = (doc.splitTextToSize(bar.label, LABEL_WIDTH - 3) as string[]).slice(0, 2);
    const rowHeight = Math.max(BAR_HEIGHT + 3, lines.length * 4 + 2);
    top = ensureSpace(doc, top, rowHeight);
    if (top === PAGE.margin) top = drawScale(doc, trackX, trackWidth, top);
    setText(doc, 9);
    doc.text(lines, PAGE.margin, top + 3.6);
    doc.setFillColor(...COLOURS.track);
    doc.rect(trackX, top, trackWidth, BAR_HEIGHT, "F");
    if (bar.percent !== null && bar.percent > 0) {
      doc.setFillColor(...COLOURS.brand);
      doc.rect(trackX, top, (trackWidth * Math.min(bar.percent, 100)) / 100, BAR_HEIGHT, "F");
    }
    setText(doc, 9, "bold");
    const value = bar.percent === null ? "Not rated" : `${Math.round(bar.percent)}%`;
    doc.text(value, trackX + trackWidth + 2, top + 3.8);
    setText(doc, 8, "normal", COLOURS.muted);
    doc.text(bar.note, trackX + trackWidth + 15, top + 3.8);
    top += rowHeight;
  }
  return top + 3;
}

function drawScale(doc: jsPDF, x: number, width: number, y: number): number {
  setText(doc, 7, "normal", COLOURS.muted);
  doc.setDrawColor(...COLOURS.line);
  doc.setLineWidth(0.2);
  for (const tick of [0, 25, 50, 75, 100]) {
    const tx = x + (width * tick) / 100;
    doc.text(`${tick}%`, tx, y + 2.5, { align: "center" });
    doc.line(tx, y + 3.5, tx, y + 4.5);
  }
  return y + 6;
}
