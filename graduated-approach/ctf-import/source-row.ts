import type { ImportField } from "../csv-import/headers";

/** The cells a pupil in an imported file fills: text as written, read and checked later by the shared row reader. */
export type SourceCells = Partial<Record<ImportField | "senSince", string>>;

/** One pupil in an imported file. `label` prefixes the row's error messages ("Pupil 3: UPN ..."). */
export interface SourceRow {
  /** The pupil's 1-based position in the file. */
  rowNumber: number;
  label: string;
  cells: SourceCells;
}
