/** A cell a spreadsheet would run as a formula starts with one of these; such cells get a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could run as a formula is defused, and anything with , " or a line break is quoted. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, with CRLF line ends as RFC 4180 asks. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
