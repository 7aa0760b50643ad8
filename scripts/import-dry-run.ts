// `npm run import -- --dry-run FILE [--json]`: checks an MIS export (CSV or Common Transfer File) with no
// browser and prints the preview the workspace would show: counts to add, update and skip, every message,
// and every value translated. Nothing is saved anywhere. The register lives encrypted in the browser, so
// rows are checked as if it were empty: a pupil the register already holds counts as one to add.
// Options: --json (machine-readable), --today YYYY-MM-DD (the date year groups are shown for),
// --setting NAME (this setting's name, to check a CTF's destination).
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  MAX_FILE_BYTES, previewJson, previewRows, previewText, readImportFile, sourceAsOf, sourceMeta, sourceRows, tooBigMessage,
} from "../graduated-approach/csv-import";
import { IsoDate } from "../graduated-approach/iso-date";

const USAGE = "Usage: npm run import -- --dry-run FILE [--json] [--today YYYY-MM-DD] [--setting NAME]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    today: { type: "string" },
    setting: { type: "string" },
  },
});

function stop(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

if (!values["dry-run"]) stop(`Only a dry run is possible from the command line: nothing is ever saved.\n${USAGE}`);
const file = positionals[0];
if (!file || positionals.length > 1) stop(USAGE);
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!IsoDate.safeParse(today).success) stop("--today must be a date written as YYYY-MM-DD.");

let size: number;
try {
  size = statSync(file).size;
} catch {
  stop(`${file} could not be found or opened.`);
}
if (size > MAX_FILE_BYTES) stop(tooBigMessage(size), 1);
const name = basename(file);
const read = readImportFile(new Uint8Array(readFileSync(file)), name, values.setting ? { settingName: values.setting } : {});
if (!read.ok) {
  if (values.json) console.log(JSON.stringify({ file: name, ok: false, message: read.message }, null, 2));
  else console.error(read.message);
  process.exit(1);
}
const source = read.source;
const preview = previewRows(sourceRows(source), [], sourceMeta(source), { asOf: sourceAsOf(source, today), today });
const from = source.format === "ctf" ? `${name} (Common Transfer File${source.origin.schoolName ? ` from ${source.origin.schoolName}` : ""})` : name;
if (values.json) console.log(JSON.stringify({ ok: true, today, ...previewJson(preview, from) }, null, 2));
else console.log(`Dry run for ${today}: nothing is saved, and rows are checked as if the register were empty.\n\n${previewText(preview, from)}`);
