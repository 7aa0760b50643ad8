import Papa from "papaparse";
import { jsonRows } from "./flatten-json";
import type { FrameworkMapping } from "./mapping";
import { readXlsx } from "./read-xlsx";
import { tableRows, type SourceRow, type Table } from "./source-rows";

/** A file as the user chose it: its name and its bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export type FileKind = "json" | "csv" | "xlsx";

export function fileKind(name: string): FileKind | undefined {
  const ext = name.toLowerCase().split(".").pop();
  return ext === "json" ? "json" : ext === "csv" || ext === "txt" ? "csv" : ext === "xlsx" ? "xlsx" : undefined;
}

/** A file's text: UTF-8, with any byte-order mark left out. */
const textOf = (file: SourceFile) => new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, "");

/** A file's JSON, or undefined when it is not valid JSON. */
export function parseJsonFile(file: SourceFile): { data: unknown } | undefined {
  try {
    return { data: JSON.parse(textOf(file)) };
  } catch {
    return undefined;
  }
}

/** A CSV file's cells, with the delimiter guessed (comma, semicolon or tab). */
export const parseCsvFile = (file: SourceFile): Table => Papa.parse<string[]>(textOf(file), { delimitersToGuess: [",", ";", "\t"] }).data;

export type ReadResult = { ok: true; rows: SourceRow[]; sheets?: string[]; headers: string[] } | { ok: false; problem: string };

/** The records of one file, ready for the mapping; a problem is one plain sentence naming the file. */
export async function readSourceRows(file: SourceFile, mapping: FrameworkMapping, label?: string): Promise<ReadResult> {
  const kind = fileKind(file.name);
  const fail = (why: string): ReadResult => ({ ok: false, problem: `${file.name} ${why}.` });
  if (!kind) return fail("is not a JSON, CSV or XLSX file");
  if (kind === "json") {
    const json = parseJsonFile(file);
    if (!json) return fail("is not a valid JSON file");
    const data = json.data;
    const rows = jsonRows(data, mapping.columns.text, mapping.source.nodeName, label, mapping.columns.id ? [mapping.columns.id] : []);
    if (rows.length === 0) return fail(`has no records with a "${mapping.columns.text}" key, so it does not look like a framework the mapping fits`);
    return { ok: true, rows, headers: [...new Set(rows.flatMap((r) => Object.keys(r.values)))] };
  }
  let table: Table;
  let sheets: string[] | undefined;
  if (kind === "csv") {
    table = parseCsvFile(file);
  } else {
    const read = await readXlsx(file.bytes, mapping.source.sheet);
    if ("problem" in read) return fail(read.problem);
    ({ table, sheets } = read);
  }
  const rows = tableRows(table, mapping.columns.text, mapping.source.headerRow, label);
  if ("missingHeader" in rows) return fail(`has no column called "${mapping.columns.text}", so it does not look like a framework the mapping fits`);
  return { ok: true, rows, sheets, headers: Object.keys(rows[0]?.values ?? {}) };
}
