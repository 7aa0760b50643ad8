import { Framework } from "./schema";

export type FrameworkLoadResult =
  | { ok: true; framework: Framework }
  | { ok: false; errors: string[] };

const MAX_ERRORS_SHOWN = 20;

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

export function validateFramework(data: unknown, source: string): FrameworkLoadResult {
  const result = Framework.safeParse(data);
  if (result.success) return { ok: true, framework: result.data };
  const errors = result.error.issues.map((issue) => `${source}: ${describePath(issue.path, data)} ${issue.message}.`);
  if (errors.length > MAX_ERRORS_SHOWN) {
    const more = errors.length - MAX_ERRORS_SHOWN;
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS_SHOWN), `…and ${more} more problems.`] };
  }
  return { ok: false, errors };
}

/** "statements[12].area" becomes "statement 13 (cl-t-01), area:" so a person can find it. */
export function describePath(path: PropertyKey[], data: unknown): string {
  if (path.length === 0) return "the file";
  const [head, index, ...rest] = path;
  if (typeof head === "string" && typeof index === "number") {
    const item = (data as Record<string, unknown[]> | undefined)?.[head]?.[index] as { id?: unknown } | undefined;
    const label = typeof item?.id === "string" ? ` (${item.id})` : "";
    const singular = head.replace(/s$/, "");
    const field = rest.length ? ` ${rest.map(String).join(".")}` : "";
    return `${singular} ${index + 1}${label}${field}:`;
  }
  return `${path.map(String).join(".")}:`;
}
