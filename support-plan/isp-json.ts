import { plainIssueMessage } from "@/commitment-framework/problems";
import { Isp } from "./isp-schema";

/** The ISP as the JSON file of docs/isp-format.md (two-space indented, keys in schema order). */
export function ispJson(isp: Isp): string {
  return `${JSON.stringify(Isp.parse(isp), null, 2)}\n`;
}

export type IspReadResult = { ok: true; isp: Isp } | { ok: false; message: string };

/** Reads an ISP JSON file, saying in plain English what is wrong with one that does not fit the format. */
export function readIspJson(text: string, source = "The file"): IspReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `${source} is not JSON, so it cannot be an individual support plan.` };
  }
  const format = (data as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== "send-companion-isp") return { ok: false, message: `${source} is not a SEND Companion individual support plan.` };
  if (format.formatVersion !== 1) return { ok: false, message: `${source} is an individual support plan in format version ${String(format.formatVersion)}, which this version of SEND Companion cannot read.` };
  const parsed = Isp.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${source} is damaged: ${issue.path.join(" > ") || "the plan"} ${plainIssueMessage(issue)}.` };
  }
  return { ok: true, isp: parsed.data };
}
