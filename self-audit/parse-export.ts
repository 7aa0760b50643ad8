import type { z } from "zod";
import type { Framework } from "@/commitment-framework/schema";
import { AUDIT_EXPORT_KIND, AUDIT_EXPORT_SCHEMA_VERSION, AuditExport } from "./audit-export";

export type ParsedExport = { ok: true; fileName: string; value: AuditExport } | { ok: false; fileName: string; message: string };

const MAX_ISSUES = 3;

/** What a wrong file is, in one sentence: said of any JSON that is not a self-audit export at all. */
export const NOT_AN_AUDIT =
  "this is not a self-audit file: a setting makes one with \u201cDownload for the local authority (JSON)\u201d on its self-audit results.";

/**
 * Reads one audit export a setting sent: checks it is JSON, matches version 1 of the export schema, was made
 * against the framework in use, and uses that framework's scale. Every message names the file.
 */
export function parseAuditExport(fileName: string, text: string, framework: Framework): ParsedExport {
  const fail = (message: string): ParsedExport => ({ ok: false, fileName, message: `${fileName}: ${message}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("this is not a JSON file, so it cannot be a SEND Companion audit export.");
  }
  const marked = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  if (marked.kind !== AUDIT_EXPORT_KIND) return fail(NOT_AN_AUDIT);
  if (typeof marked.schemaVersion === "number" && marked.schemaVersion > AUDIT_EXPORT_SCHEMA_VERSION) {
    return fail("this self-audit file was made by a newer version of SEND Companion: update this one to compare it.");
  }
  const parsed = AuditExport.safeParse(json);
  if (!parsed.success) return fail(`this is not a SEND Companion audit export we can read. ${describe(parsed.error)}`);
  const value = parsed.data;
  if (value.framework.id !== framework.id) {
    const which = value.framework.name === framework.name
      ? `a different framework that is also called "${framework.name}"`
      : `"${value.framework.name}", not "${framework.name}"`;
    return fail(`this audit is against ${which}. Only audits against the same framework can be compared.`);
  }
  const values = new Set(framework.auditScale.levels.map((l) => l.value));
  const offScale = value.ratings.find((r) => r.rating !== null && !values.has(r.rating));
  if (offScale) {
    return fail(`statement ${offScale.statementId} has rating ${offScale.rating}, which is not on the framework's scale.`);
  }
  return { ok: true, fileName, value };
}

function describe(error: z.ZodError): string {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => {
    const path = i.path.length ? i.path.join(".") : "the file";
    if (i.code === "invalid_type" && i.message.endsWith("received undefined")) return `${path} is missing`;
    return `${path} ${i.message.charAt(0).toLowerCase()}${i.message.slice(1)}`;
  });
  const more = error.issues.length > MAX_ISSUES ? ` (and ${error.issues.length - MAX_ISSUES} more problems)` : "";
  return `${issues.join("; ")}${more}.`;
}
