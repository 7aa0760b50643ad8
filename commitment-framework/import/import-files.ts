import { convertRows, type ConversionResult } from "./convert";
import type { FrameworkMapping } from "./mapping";
import { readSourceRows, type SourceFile } from "./read-source";
import type { SourceRow } from "./source-rows";

/** Reads every file (a provision sheet and a descriptor sheet, say) through one mapping into one framework. */
export async function importFrameworkFiles(files: readonly SourceFile[], mapping: FrameworkMapping): Promise<ConversionResult> {
  const rows: SourceRow[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const read = await readSourceRows(file, mapping, files.length > 1 ? file.name : undefined);
    if (read.ok) rows.push(...read.rows);
    else problems.push(read.problem);
  }
  if (problems.length) return { problems, problemCount: problems.length, rows: rows.length };
  return convertRows(rows, mapping);
}
