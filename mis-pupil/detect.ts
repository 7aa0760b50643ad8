/**
 * Which pupil an MIS page shows. Runs in the content script, so it imports no zod (see `site-adapter.ts`
 * for the schemas): keep it that way.
 */
import { RULE_FIELDS, type AdapterRules, type DetectedPupil, type Detection, type RuleField } from "./detection";
import { genericReader, withParts } from "./generic-fields";
import { pageOf } from "./page-text";
import { hasRule } from "./read-rule";
import { testRule } from "./test-rules";

export { FIELD_LABELS, RULE_FIELDS } from "./detection";
export type { AdapterRules, DetectedPupil, Detection, FieldRule, RuleField, RuleTest } from "./detection";
export { testRules } from "./test-rules";

type Names = Pick<DetectedPupil, "fullName" | "firstName" | "lastName">;

function namesFromRules(found: Partial<Record<RuleField, string>>): Names {
  const whole = found.fullName ? withParts(found.fullName) : {};
  const names: Names = { ...whole };
  if (found.firstName) names.firstName = found.firstName;
  if (found.lastName) names.lastName = found.lastName;
  return names;
}

const hasName = (names: Names) => !!names.fullName || (!!names.firstName && !!names.lastName);

/** Drops fields left undefined, so a detection compares and serialises cleanly. */
function defined(pupil: DetectedPupil): DetectedPupil {
  return Object.fromEntries(Object.entries(pupil).filter(([, value]) => value !== undefined)) as DetectedPupil;
}

/**
 * The pupil this page shows. With rules, each field that has a rule is read by it (a name rule replaces
 * all generic name-reading); other fields are read generically. A pupil needs a valid UPN, or a name and a
 * date of birth. Several different valid UPNs and no UPN rule give "several": a list, not one pupil.
 */
export function detectPupil(root: Document, rules: AdapterRules = {}): Detection {
  const page = pageOf(root);
  const ruled = new Set(RULE_FIELDS.filter((field) => hasRule(rules[field])));
  const found: Partial<Record<RuleField, string>> = {};
  for (const field of ruled) {
    const test = testRule(page, field, rules[field]!);
    if (test.status === "found") found[field] = test.value;
  }
  const generic = genericReader(page);
  const upn = ruled.has("upn") ? { upn: found.upn } : generic.upn();
  const dateOfBirth = ruled.has("dateOfBirth") ? found.dateOfBirth : generic.dateOfBirth();
  const nameRuled = ruled.has("fullName") || ruled.has("firstName") || ruled.has("lastName");
  const names = nameRuled ? namesFromRules(found) : generic.names(!!dateOfBirth);
  const via = Object.keys(found).length > 0 ? "site" : "generic";
  const pupil = defined({ upn: upn.upn, ...names, dateOfBirth, via });

  if (upn.upn) return { kind: "pupil", pupil };
  const namedByRules = nameRuled && ruled.has("dateOfBirth");
  if (upn.several && !namedByRules) return { kind: "several", count: upn.several };
  if (hasName(names) && dateOfBirth) return { kind: "pupil", pupil };
  return { kind: "none" };
}
