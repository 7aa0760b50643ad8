import Papa from "papaparse";

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  /** Data rows with their row number in the file (the header is row 1); blank rows are left out. */
  rows: { rowNumber: number; cells: string[] }[];
}

/** Parses CSV text: strips a byte-order mark, detects comma, semicolon or tab, and keeps quoted line breaks inside cells. */
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
  const headers = (data[0] ?? []).map((h) => h.trim());
  const rows: CsvTable["rows"] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    if (cells.every((c) => c.trim() === "")) continue;
    rows.push({ rowNumber: i + 1, cells });
  }
  return { delimiter, headers, rows };
}
