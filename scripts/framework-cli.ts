import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { FrameworkMapping, fileKind, importFrameworkFiles } from "@/commitment-framework/import";
import { problemLines, validateFramework } from "@/commitment-framework/load-framework";
import { frameworkJsonSchema, mappingJsonSchema } from "@/commitment-framework/json-schema";
import { frameworkSummary } from "@/commitment-framework/summary";
import type { Framework } from "@/commitment-framework/schema";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = [
  "Usage:",
  "  npm run framework -- check FILE [--mapping MAPPING.json]",
  "  npm run framework -- convert FILE... --mapping MAPPING.json --out OUT.json",
  "  npm run framework -- schemas          (rewrites docs/framework.schema.json and docs/framework-mapping.schema.json)",
  "The file format and the mapping are described in docs/framework-format.md.",
];

/** The `npm run framework` command: check a framework file, or convert files through a mapping. Returns the exit code. */
export async function runFrameworkCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === "schemas") {
    await writeFile("docs/framework.schema.json", `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
    await writeFile("docs/framework-mapping.schema.json", `${JSON.stringify(mappingJsonSchema(), null, 2)}\n`);
    io.out("Wrote docs/framework.schema.json and docs/framework-mapping.schema.json.");
    return 0;
  }
  const mappingPath = option(rest, "--mapping");
  const outPath = option(rest, "--out");
  const files = rest.filter((a, i) => !a.startsWith("--") && !rest[i - 1]?.match(/^--(mapping|out)$/));
  if ((command !== "check" && command !== "convert") || files.length === 0 || (command === "convert" && (!mappingPath || !outPath))) {
    USAGE.forEach(io.err);
    return 1;
  }
  const result = mappingPath ? await viaMapping(files, mappingPath) : await direct(files[0]!);
  if (!result.ok) {
    result.problems.forEach(io.err);
    return 1;
  }
  frameworkSummary(result.framework).forEach(io.out);
  if (command === "convert" && outPath) {
    await writeFile(outPath, `${JSON.stringify(result.framework, null, 2)}\n`);
    io.out(`Written to ${outPath}.`);
  }
  return 0;
}

type Outcome = { ok: true; framework: Framework } | { ok: false; problems: string[] };

async function direct(path: string): Promise<Outcome> {
  const name = basename(path);
  const kind = fileKind(name);
  if (kind !== "json") {
    return { ok: false, problems: [`${name} is a ${kind === undefined ? "file of a kind this cannot read" : "spreadsheet, not a framework file"}: convert it with --mapping (see docs/framework-format.md).`] };
  }
  const text = await readText(path);
  if (text === undefined) return { ok: false, problems: [`${name} could not be opened.`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [`${name} is not a valid JSON file, so it is not a framework: start from the template in docs/framework-format.md.`] };
  }
  const result = validateFramework(data, name);
  return result.ok ? result : { ok: false, problems: result.errors };
}

async function viaMapping(files: readonly string[], mappingPath: string): Promise<Outcome> {
  const mappingText = await readText(mappingPath);
  const name = basename(mappingPath);
  let data: unknown;
  try {
    data = JSON.parse(mappingText ?? "");
  } catch {
    return { ok: false, problems: [`${name} is not a valid JSON mapping file.`] };
  }
  const mapping = FrameworkMapping.safeParse(data);
  if (!mapping.success) return { ok: false, problems: problemLines(mapping.error.issues, data, name) };
  const sources = [];
  for (const path of files) {
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) return { ok: false, problems: [`${basename(path)} could not be opened.`] };
    sources.push({ name: basename(path), bytes: new Uint8Array(bytes) });
  }
  const result = await importFrameworkFiles(sources, mapping.data);
  if (result.framework) return { ok: true, framework: result.framework };
  return { ok: false, problems: [`${result.problemCount} problem${result.problemCount === 1 ? "" : "s"} in ${result.rows} records:`, ...result.problems] };
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

