/** One record read from a file, before mapping: its values by column or key, and where it was. */
export interface SourceRow {
  /** "row 14" (a CSV or sheet row) or "item 3" (JSON), with the file name when several files are read. */
  place: string;
  values: Record<string, string>;
  /** Nested JSON only: the names of the nodes above this record, top first. */
  path?: string[];
}

/** A table (CSV or a sheet) as rows of cell text, row 1 first. */
export type Table = string[][];

/**
 * Rows of a table under its header row: given, or else the first row that holds the text column's name
 * (so merged title rows above the header are skipped). Blank rows are left out.
 */
export function tableRows(table: Table, textColumn: string, headerRow?: number, file?: string): SourceRow[] | { missingHeader: true } {
  const wanted = norm(textColumn);
  const index = headerRow !== undefined ? headerRow - 1 : table.findIndex((row) => row.some((cell) => norm(cell) === wanted));
  if (index < 0 || !table[index]) return { missingHeader: true };
  const headers = table[index]!.map((h) => h.trim());
  const rows: SourceRow[] = [];
  for (let i = index + 1; i < table.length; i++) {
    const cells = table[i]!;
    if (cells.every((c) => !c.trim())) continue;
    const values: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) values[h] = (cells[j] ?? "").trim();
    });
    rows.push({ place: `${file ? `${file} ` : ""}row ${i + 1}`, values });
  }
  return rows;
}

export function norm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}
