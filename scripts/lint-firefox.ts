// `npm run lint:firefox`: builds the Firefox add-on and runs Mozilla's add-on linter (web-ext lint) over it.
// Known warnings from library code are listed once, with the reason, in lint/firefox-known-warnings.json;
// the run prints one line for them and fails on any error or on any warning not on that list.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "wxt";

interface LintMessage { code: string; message: string; file?: string; line?: number; column?: number }
interface KnownWarning { code: string; source: string; library: string; reason: string }

const SOURCE_DIR = ".output/firefox-mv2";
const known: KnownWarning[] = JSON.parse(readFileSync("lint/firefox-known-warnings.json", "utf8")).known;

await build({ browser: "firefox" });
const webExt = join("node_modules", "web-ext", "bin", "web-ext.js");
const run = spawnSync(process.execPath, [webExt, "lint", "--source-dir", SOURCE_DIR, "--self-hosted", "--output", "json"], { encoding: "utf8" });
const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

/** The bundled source around the place a message points at, to tell which library it comes from. */
function sourceAt({ file, line, column }: LintMessage): string {
  if (!file || !line) return "";
  const text = readFileSync(join(SOURCE_DIR, file), "utf8").split("\n")[line - 1] ?? "";
  return text.slice(Math.max(0, (column ?? 0) - 80), (column ?? 0) + 80);
}

const describe = (m: LintMessage) => `${m.code} in ${m.file ?? "the manifest"}${m.line ? `:${m.line}` : ""}: ${m.message}`;
const unknown = report.warnings.filter((w) => !known.some((k) => k.code === w.code && new RegExp(k.source).test(sourceAt(w))));
const libraries = [...new Set(report.warnings.filter((w) => !unknown.includes(w)).map((w) => known.find((k) => k.code === w.code && new RegExp(k.source).test(sourceAt(w)))!.library))];

for (const m of [...report.errors, ...unknown]) console.error(describe(m));
const summary =
  `Firefox add-on linter: ${report.errors.length} errors, ${unknown.length} new warnings, ` +
  `${report.warnings.length - unknown.length} known warnings in library code (${libraries.join("; ")}; see lint/firefox-known-warnings.json).`;
if (report.errors.length > 0 || unknown.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.warn(summary);
