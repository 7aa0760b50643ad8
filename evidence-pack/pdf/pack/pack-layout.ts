import type { jsPDF } from "jspdf";
import { autoTable, type RowInput, type UserOptions } from "jspdf-autotable";
import { longDate } from "@/graduated-approach/long-date";
import { pdfSafe } from "../pdf-text";
import { ensureSpace, heading, PAGE } from "../pdf-style";
import { TABLE_STYLE, tableEnd } from "../table-style";

/** Where each section starts, for the contents page. */
export interface SectionMark {
  title: string;
  page: number;
}

export interface PackLayout {
  doc: jsPDF;
  sections: SectionMark[];
}

/** A numbered section heading on a new page, remembered for the contents page; returns the y below it. */
export function startSection(layout: PackLayout, title: string, options: { newPage?: boolean; y?: number } = {}): number {
  const { doc } = layout;
  if (options.newPage !== false) doc.addPage();
  const y = heading(doc, pdfSafe(`${layout.sections.length + 1}. ${title}`), options.y ?? PAGE.margin);
  layout.sections.push({ title, page: doc.getCurrentPageInfo().pageNumber });
  return y;
}

/** A table in the shared style, text made Helvetica-safe; returns the y below it. */
export function table(doc: jsPDF, y: number, options: Omit<UserOptions, "startY"> & { body: RowInput[] }): number {
  // Room for the header and a first row, so a header is never left alone at the foot of a page.
  const top = ensureSpace(doc, y, 24);
  autoTable(doc, {
    ...TABLE_STYLE,
    ...options,
    styles: { ...TABLE_STYLE.styles, ...options.styles },
    startY: top,
    body: options.body.map((row) => (Array.isArray(row) ? row.map((cell) => (typeof cell === "string" ? pdfSafe(cell) : cell)) : row)),
  });
  return tableEnd(doc, top) + 5;
}

/** Label and value rows, the label in bold: for summaries. */
export function keyValues(doc: jsPDF, y: number, rows: [string, string][]): number {
  return table(doc, y, {
    theme: "plain",
    body: rows.map(([k, v]) => [k, v || "Not recorded"]),
    styles: { fontSize: 9.5, lineWidth: 0, cellPadding: { top: 1.2, bottom: 1.2, left: 0, right: 2 } },
    columnStyles: { 0: { cellWidth: 48, fontStyle: "bold" }, 1: { cellWidth: "auto" } },
    alternateRowStyles: {},
  });
}

/** "3 March 2026", or the fallback when there is no date. */
export function dateOr(iso: string | undefined, fallback = "Not set"): string {
  return iso ? longDate(iso) : fallback;
}

export const orNone = (text: string, none = "None recorded") => (text.trim() ? text : none);
