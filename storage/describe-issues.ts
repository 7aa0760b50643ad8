import type { z } from "zod";

/** One line per problem, each naming the field: `field "phases[0]": Invalid option: …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`).join("; ");
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "the record";
  const joined = path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
  return `field "${joined}"`;
}
