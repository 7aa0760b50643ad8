import type { z } from "zod";
import { frameworkFromV1 } from "./from-v1";
import { groupProblems, plainIssueMessage, type Problem } from "./problems";
import { Framework } from "./schema";
import { FrameworkV1 } from "./schema-v1";

export type FrameworkLoadResult =
  | { ok: true; framework: Framework }
  | { ok: false; errors: string[] };

const MAX_LINES_SHOWN = 20;
const FRAMEWORK_KEYS = ["statements", "areas", "levels", "tiers", "catalogue"];

/** Reads a framework file chosen by the user. Every problem names the file, where in it, and why. */
export function parseFrameworkFile(text: string, fileName: string): FrameworkLoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`${fileName} is not a valid JSON file (${reason}).`] };
  }
  return validateFramework(data, fileName);
}

/** Checks a version-2 framework, or converts a version-1 one first. Problems come grouped by kind. */
export function validateFramework(data: unknown, source: string): FrameworkLoadResult {
  const record = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!record || !FRAMEWORK_KEYS.some((k) => Array.isArray(record[k]))) {
    return { ok: false, errors: [notAFramework(source)] };
  }
  if (record.schemaVersion === undefined) {
    return { ok: false, errors: [`${source} is not in SEND Companion's framework format (it has no "schemaVersion"): import it with a mapping instead, or start from the template in docs/framework-format.md.`] };
  }
  let input: unknown = data;
  if (record.schemaVersion === 1) {
    const v1 = FrameworkV1.safeParse(data);
    if (!v1.success) return { ok: false, errors: problemLines(v1.error.issues, data, source) };
    input = frameworkFromV1(v1.data);
  }
  const result = Framework.safeParse(input);
  if (result.success) return { ok: true, framework: result.data };
  return { ok: false, errors: problemLines(result.error.issues, input, source) };
}

/** The one sentence for a file that is clearly something else. */
export function notAFramework(source: string): string {
  return `${source} does not look like a local authority framework (it has no statements, areas or levels): start from the template in docs/framework-format.md, or import it with a mapping.`;
}

/** Every issue as a plain problem, grouped, prefixed with the file name and capped at a screenful. */
export function problemLines(issues: readonly z.core.$ZodIssue[], data: unknown, source: string): string[] {
  const problems: Problem[] = issues.map((issue) => ({ where: describePath(issue.path, data), message: plainIssueMessage(issue) }));
  const lines = groupProblems(problems).map((line) => `${source}: ${line}`);
  if (lines.length <= MAX_LINES_SHOWN) return lines;
  return [...lines.slice(0, MAX_LINES_SHOWN), `…and ${lines.length - MAX_LINES_SHOWN} more kinds of problem.`];
}

const SINGULAR: Record<string, string> = { catalogue: "catalogue item", statements: "statement", areas: "area", levels: "level", tiers: "tier", groups: "group" };

/** "statements[12].area" becomes "statement 13 (cl-t-01) area" so a person can find it. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return "the file";
  const [head, index, ...rest] = path;
  if (typeof head === "string" && typeof index === "number") {
    const item = (data as Record<string, unknown[]> | undefined)?.[head]?.[index] as { id?: unknown } | undefined;
    const label = typeof item?.id === "string" ? ` (${item.id})` : "";
    const singular = SINGULAR[head] ?? head.replace(/s$/, "");
    const field = rest.length ? ` ${rest.map(String).join(".")}` : "";
    return `${singular} ${index + 1}${label}${field}`;
  }
  return path.map(String).join(".");
}
