import type { z } from "zod";

/** One thing wrong in a file: where (in words a person can find) and what. */
export interface Problem {
  where: string;
  message: string;
}

const FIRST_FEW = 3;

/**
 * One line per kind of problem, with the first few places: twelve statements pointing at a missing area
 * make one line, not twelve. Kinds are told apart by their message with its first quoted value (the one that varies) taken out.
 */
export function groupProblems(problems: readonly Problem[], firstFew = FIRST_FEW): string[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.message.replace(/"[^"]*"/, '"…"');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()].map(([key, list]) => {
    if (list.length === 1) return `${list[0]!.where}: ${list[0]!.message}.`;
    const shown = list.slice(0, firstFew).map((p) => `${p.where}${quoted(p.message)}`);
    const more = list.length > firstFew ? `, and ${list.length - firstFew} more` : "";
    return `${headline(key)}, in ${list.length} places: ${shown.join("; ")}${more}.`;
  });
}

/** "is missing" becomes "Missing"; "area "…" is not one…" becomes "Area is not one…". */
function headline(key: string): string {
  const text = key.replace(/"…" ?/, "").replace(/\s+/g, " ").trim().replace(/^is /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quoted(message: string): string {
  const value = message.match(/"[^"]*"/);
  return value ? ` (${value[0]})` : "";
}

/** A zod issue in plain English: no "Invalid input", no type names a SENCO would not use. */
export function plainIssueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is missing";
      return issue.expected === "array" ? "must be a list" : issue.expected === "object" ? "must be a group of fields" : `must be a ${issue.expected === "number" ? "number" : issue.expected === "string" ? "piece of text" : issue.expected}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
    case "invalid_union":
      return "is not in a form this field takes";
    case "too_small":
      if (!issue.message.startsWith("Too small")) return issue.message;
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      return issue.origin === "array" ? `must have at least ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return issue.message.startsWith("Too big") ? `must be at most ${String(issue.maximum)}` : issue.message;
    case "invalid_format":
      return issue.message.startsWith("Invalid") ? `is not written as a ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}
