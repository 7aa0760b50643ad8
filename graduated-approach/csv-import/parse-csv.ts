import Papa from "papaparse";
import { fieldForHeader } from "./headers";

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  /** The row of the file the headings were found on (1 unless title rows sit above them). */
  headerRowNumber: number;
  /** Data rows with their row number in the file; blank rows are left out. */
  rows: { rowNumber: number; cells: string[] }[];
}

/** Title, date and blank rows an export may put above its headings are looked through this far. */
export const HEADER_SEARCH_ROWS = 15;

/**
 * Parses CSV text: strips a byte-order mark, detects comma, semicolon or tab, keeps quoted line breaks inside
 * cells, and finds the heading row: the first of the top rows with the most known headings (at least two),
 * or row 1 when none has two.
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
  });
  const data = result.data;
  const guessed = result.meta.delimiter;
  const delimiter: CsvDelimiter = guessed === ";" || guessed === "\t" ? guessed : ",";
  const headerIndex = findHeaderRow(data);
  const headers = (data[headerIndex] ?? []).map((h) => h.trim());
  const rows: CsvTable["rows"] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i]!;
    if (cells.every((c) => c.trim() === "")) continue;
    rows.push({ rowNumber: i + 1, cells });
  }
  return { delimiter, headers, headerRowNumber: headerIndex + 1, rows };
}

function findHeaderRow(data: readonly string[][]): number {
  let best = 0;
  let bestCount = 1;
  data.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const known = new Set(cells.map(fieldForHeader).filter((f) => f !== undefined)).size;
    if (known > bestCount) [best, bestCount] = [index, known];
  });
  return best;
}
