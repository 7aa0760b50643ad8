import { jsonRows } from "./flatten-json";
import { fileKind, parseCsvFile, parseJsonFile, type FileKind, type SourceFile } from "./read-source";
import { readXlsx } from "./read-xlsx";
import { tableRows, type SourceRow, type Table } from "./source-rows";

export interface InspectOptions {
  sheet?: string;
  headerRow?: number;
  nodeName?: string;
  /** Names each record's place with the file, when several files are read together. */
  label?: string;
}

export type Inspection =
  | { ok: true; kind: FileKind; rows: SourceRow[]; headers: string[]; sheets?: string[]; headerRow?: number }
  | { ok: false; problem: string };

/**
 * A first look at a file before any mapping exists: its records and the columns or keys they have, so the
 * user can say which holds what. Spreadsheets' header rows are found by the row with the most different values.
 */
export async function inspectSource(file: SourceFile, options: InspectOptions = {}): Promise<Inspection> {
  const kind = fileKind(file.name);
  const fail = (why: string): Inspection => ({ ok: false, problem: `${file.name} ${why}.` });
  if (!kind) return fail("is not a JSON, CSV or XLSX file");
  if (kind === "json") {
    const json = parseJsonFile(file);
    if (!json) return fail("is not a valid JSON file");
    const data = json.data;
    const rows = jsonRows(data, undefined, options.nodeName ?? "name", options.label);
    if (rows.length === 0) return fail("has no records in it, so it does not look like a framework");
    return { ok: true, kind, rows, headers: [...new Set(rows.flatMap((r) => Object.keys(r.values)))] };
  }
  let table: Table;
  let sheets: string[] | undefined;
  if (kind === "csv") table = parseCsvFile(file);
  else {
    const read = await readXlsx(file.bytes, options.sheet);
    if ("problem" in read) return fail(read.problem);
    ({ table, sheets } = read);
  }
  const headerRow = options.headerRow ?? guessHeaderRow(table);
  const rows = tableRows(table, "", headerRow, options.label);
  if ("missingHeader" in rows || rows.length === 0) return fail("has no rows under its header row, so it does not look like a framework");
  const headers = (table[headerRow - 1] ?? []).map((h) => h.trim()).filter(Boolean);
  return { ok: true, kind, rows, headers, sheets, headerRow };
}

/** The first row (from 1) among the first 30 with the most different values: merged title rows above it have one. */
export function guessHeaderRow(table: Table): number {
  let best = 0;
  let bestCount = 0;
  table.slice(0, 30).forEach((row, i) => {
    const count = new Set(row.map((c) => c.trim()).filter(Boolean)).size;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best + 1;
}

/** Several files read as one (a provision sheet and a descriptor sheet, say): their records together, their columns combined. */
export async function inspectSources(files: readonly SourceFile[], options: InspectOptions = {}): Promise<Inspection> {
  const looks: Inspection[] = [];
  for (const file of files) looks.push(await inspectSource(file, { ...options, label: files.length > 1 ? file.name : undefined }));
  const failed = looks.find((l) => !l.ok);
  if (failed || looks.length === 1) return failed ?? looks[0]!;
  const ok = looks.filter((l): l is Extract<Inspection, { ok: true }> => l.ok);
  return { ...ok[0]!, rows: ok.flatMap((l) => l.rows), headers: [...new Set(ok.flatMap((l) => l.headers))] };
}
