import type { Pupil } from "../pupil";
import { rowChecker, type PreviewRow, type RowDates } from "./check-row";
import { summarisePreview, type ImportPreview } from "./preview";
import { sourceAsOf, sourceMeta, sourceRows, type ImportSource } from "./read-file";

export interface CheckProgress {
  done: number;
  total: number;
}

export interface CheckSteps {
  /** Rows checked between pauses. */
  chunkSize?: number;
  /** Called after each chunk; the check waits for it (so a page can paint) and stops when it returns false. */
  afterChunk?(progress: CheckProgress): Promise<boolean> | boolean;
}

/**
 * Checks every row of a source against the register in chunks, and sums up the preview. Undefined when
 * `afterChunk` asked it to stop (a newer file was chosen, or the user cancelled).
 */
export async function checkSource(
  source: ImportSource,
  register: readonly Pupil[],
  today: string,
  { chunkSize = 250, afterChunk }: CheckSteps = {},
): Promise<ImportPreview | undefined> {
  const rows = sourceRows(source);
  const dates: RowDates = { asOf: sourceAsOf(source, today), today };
  const checkRow = rowChecker(register, dates);
  const checked: PreviewRow[] = [];
  for (let start = 0; start < rows.length; start += chunkSize) {
    for (const row of rows.slice(start, start + chunkSize)) checked.push(checkRow(row));
    if (afterChunk && !(await afterChunk({ done: Math.min(start + chunkSize, rows.length), total: rows.length }))) return undefined;
  }
  return summarisePreview(checked, sourceMeta(source));
}
