/**
 * What the content script reads from an MIS page, and the rules a school can set up for its MIS.
 * Types only, so the zod-free detector and the zod schemas in `site-adapter.ts` can share them.
 */

/**
 * Where to find one field on the page. `selector`: a CSS selector; the first match's text is read (an
 * input's or select's value; otherwise its text, whitespace collapsed). `pattern`: a regular expression
 * (case-insensitive) applied to that text, or to the whole page's text when there is no selector; its first
 * capture group is the value, or the whole match when it has none.
 */
export interface FieldRule {
  selector?: string;
  pattern?: string;
}

export interface AdapterRules {
  fullName?: FieldRule;
  firstName?: FieldRule;
  lastName?: FieldRule;
  upn?: FieldRule;
  dateOfBirth?: FieldRule;
}

export type RuleField = keyof AdapterRules;

/** The fields in the order a settings page lists them. */
export const RULE_FIELDS: readonly RuleField[] = ["fullName", "firstName", "lastName", "upn", "dateOfBirth"];

/** Each field as a SENCO would call it. */
export const FIELD_LABELS: Record<RuleField, string> = {
  fullName: "Full name",
  firstName: "First name",
  lastName: "Surname",
  upn: "UPN",
  dateOfBirth: "Date of birth",
};

/** A pupil read from a page. Names as written there; `dateOfBirth` as yyyy-mm-dd; `upn` checked and uppercased. */
export interface DetectedPupil {
  upn?: string;
  firstName?: string;
  lastName?: string;
  fullName?: string;
  dateOfBirth?: string;
  /** "site": at least one value came from the school's rules for this MIS; "generic": none did. */
  via: "site" | "generic";
}

export type Detection =
  | { kind: "pupil"; pupil: DetectedPupil }
  | { kind: "several"; count: number }
  | { kind: "none" };

/** One rule tried on the open page, for "Test against the open page" in settings. */
export interface RuleTest {
  field: RuleField;
  status: "found" | "not-found" | "invalid";
  value?: string;
  message: string;
}
