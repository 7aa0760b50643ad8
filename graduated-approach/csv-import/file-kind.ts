/** What a chosen file looks like before it is read as a pupil list. */
export type FileKind = { kind: "csv" } | { kind: "xml" } | { kind: "problem"; message: string };

export const EMPTY_FILE = "The file is empty. Choose the pupil list exported from your MIS.";
export const EXCEL_WORKBOOK = "This looks like an Excel workbook: save it as CSV from your MIS or Excel first, then choose the CSV file.";
export const NOT_TEXT = "This file is not a CSV file or a Common Transfer File: save the pupil list as CSV from your MIS or Excel first.";
export const XML_NOT_CTF =
  "This XML file is not a Common Transfer File (CTF): choose a CTF exported from your MIS, or a CSV pupil list.";

/**
 * Tells a CSV from XML from something that cannot be read as either, by the file's first characters (the
 * text as the browser decoded it). An xlsx workbook is a zip file, which starts "PK", 3, 4;
 * an old .xls workbook starts D0 CF 11 E0 (read as Windows-1252: "ÐÏ", 17, "à").
 */
export function sniffFile(text: string): FileKind {
  const start = text.replace(/^\uFEFF/, "").slice(0, 4096);
  if (start.trim() === "") return { kind: "problem", message: EMPTY_FILE };
  if (start.startsWith("PK\u0003\u0004") || start.startsWith("\u00D0\u00CF\u0011\u00E0")) {
    return { kind: "problem", message: EXCEL_WORKBOOK };
  }
  // Text files have no NUL characters; binary files (old .xls workbooks, UTF-16 text) are full of them.
  if (start.includes("\u0000")) return { kind: "problem", message: NOT_TEXT };
  if (start.trimStart().startsWith("<")) return { kind: "xml" };
  return { kind: "csv" };
}
