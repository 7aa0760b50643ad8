/**
 * Schemas for the MIS sites a school adds and the messages the content script sends. Extension pages only:
 * the content script's detector (`detect.ts`) must not import zod.
 */
import { z } from "zod";
import { IsoDate } from "@/graduated-approach/iso-date";
import { Upn } from "@/graduated-approach/upn";
import { FIELD_LABELS, RULE_FIELDS, type RuleField } from "./detection";
import { originFromInput } from "./origin";

export { matchPatternFor, originFromInput, type OriginRead } from "./origin";

const RULE_TEXT_LIMIT = 500;

export const FieldRule = z.object({
  selector: z.string().trim().min(1, "Enter a CSS selector, or leave the selector out.").max(RULE_TEXT_LIMIT).optional(),
  pattern: z.string().min(1, "Enter a pattern, or leave the pattern out.").max(RULE_TEXT_LIMIT).optional(),
});
export type FieldRule = z.infer<typeof FieldRule>;

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "i");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkRule(field: RuleField, rule: FieldRule | undefined, ctx: z.RefinementCtx) {
  if (!rule) return;
  const label = FIELD_LABELS[field];
  if (!rule.selector && !rule.pattern) {
    ctx.addIssue({ code: "custom", path: [field], message: `The rule for ${label} needs a CSS selector, a pattern or both.` });
  }
  const problem = rule.pattern === undefined ? undefined : patternProblem(rule.pattern);
  if (problem) {
    ctx.addIssue({
      code: "custom",
      path: [field, "pattern"],
      message: `The pattern for ${label} is not a valid regular expression: ${problem}`,
    });
  }
}

/** Where one school's MIS shows each field; fields left out are read generically. */
export const AdapterRules = z
  .object({
    fullName: FieldRule.optional(),
    firstName: FieldRule.optional(),
    lastName: FieldRule.optional(),
    upn: FieldRule.optional(),
    dateOfBirth: FieldRule.optional(),
  })
  .superRefine((rules, ctx) => RULE_FIELDS.forEach((field) => checkRule(field, rules[field], ctx)));
export type AdapterRules = z.infer<typeof AdapterRules>;

/** Lowercase, no trailing slash: "HTTPS://MIS.Example.org/" → "https://mis.example.org". */
const normaliseOrigin = (value: string) => value.trim().toLowerCase().replace(/\/$/, "");

/** An origin as stored: https://host[:port] (http:// only for localhost), nothing after it, no wildcard. */
export const MisOrigin = z
  .string()
  .overwrite(normaliseOrigin)
  .superRefine((value, ctx) => {
    if (!/^https?:\/\//.test(value)) {
      ctx.addIssue({ code: "custom", message: "The address must start with https://, for example https://mis.example.org." });
      return;
    }
    const read = originFromInput(value);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message });
    else if (read.origin !== value) {
      ctx.addIssue({ code: "custom", message: `Use only the site's address, ${read.origin}, with nothing after it.` });
    }
  });
export type MisOrigin = z.infer<typeof MisOrigin>;

export const MisSite = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "Enter a name for your MIS.").max(60, "Keep the name to 60 characters or fewer."),
  origin: MisOrigin,
  rules: AdapterRules.default({}),
  addedAt: z.iso.datetime(),
});
export type MisSite = z.infer<typeof MisSite>;

export const MisSites = z.array(MisSite).superRefine((sites, ctx) => {
  const seen = new Set<string>();
  sites.forEach((site, i) => {
    if (seen.has(site.origin)) {
      ctx.addIssue({ code: "custom", path: [i, "origin"], message: `${site.origin} is added twice; keep one.` });
    }
    seen.add(site.origin);
  });
});
export type MisSites = z.infer<typeof MisSites>;

const NAME_LIMIT = 100;

/** A detected pupil as the content script sends it; checked again here, at the edge. */
export const DetectedPupilMessage = z.object({
  upn: Upn.optional(),
  firstName: z.string().min(1).max(NAME_LIMIT).optional(),
  lastName: z.string().min(1).max(NAME_LIMIT).optional(),
  fullName: z.string().min(1).max(NAME_LIMIT).optional(),
  dateOfBirth: IsoDate.optional(),
  via: z.enum(["site", "generic"]),
});
export type DetectedPupilMessage = z.infer<typeof DetectedPupilMessage>;

export const DetectionMessage = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pupil"), pupil: DetectedPupilMessage }),
  z.object({ kind: z.literal("several"), count: z.number().int().min(2).max(100_000) }),
  z.object({ kind: z.literal("none") }),
]);
export type DetectionMessage = z.infer<typeof DetectionMessage>;
