import { entryNoun, type ImportPreview } from "@/graduated-approach/csv-import";

/** "1 row", "5,000 rows". */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}

/** What one entry of the file is called: a row of a CSV, a pupil of a Common Transfer File. */
export function rowNoun(preview: Pick<ImportPreview, "format">): string {
  return entryNoun(preview);
}
