import { toCsv } from "@/self-audit/csv";
import type { ImportResult } from "./apply";
import type { PreviewRow } from "./check-row";
import { IMPORT_FIELD_LABELS, type ImportField } from "./headers";

/** A row the import left out: what the file said, and why, each reason without the row's label. */
export interface SkippedRow {
  rowNumber: number;
  label: string;
  cells: PreviewRow["cells"];
  reasons: string[];
}

/** The skipped rows of an import, with their labels, cells and reasons from the preview, in file order. */
export function skippedRows(rows: readonly PreviewRow[], skipped: ImportResult["skipped"]): SkippedRow[] {
  const byNumber = new Map(rows.map((r) => [r.rowNumber, r]));
  return skipped
    .map(({ rowNumber, reason }) => {
      const row = byNumber.get(rowNumber);
      const label = row?.label ?? `Row ${rowNumber}`;
      const reasons = row && row.errors.length > 0 ? row.errors : [reason];
      return { rowNumber, label, cells: row?.cells ?? {}, reasons: reasons.map((r) => withoutLabel(r, label)) };
    })
    .toSorted((a, b) => a.rowNumber - b.rowNumber);
}

function withoutLabel(reason: string, label: string): string {
  return reason.startsWith(`${label}: `) ? reason.slice(label.length + 2) : reason;
}

/**
 * The skipped rows as CSV, to correct and import again: the field columns have headings the import
 * recognises, and "In the file" and "Reason" are not imported.
 */
export function skippedRowsCsv(rows: readonly SkippedRow[], fields: readonly ImportField[]): string {
  return toCsv([
    ["In the file", ...fields.map((f) => IMPORT_FIELD_LABELS[f]), "Reason"],
    ...rows.map((r) => [r.label, ...fields.map((f) => r.cells[f] ?? ""), r.reasons.join("; ")]),
  ]);
}
