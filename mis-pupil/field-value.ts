import { longDate } from "@/graduated-approach/long-date";
import { checkUpn } from "@/graduated-approach/upn-check";
import { FIELD_LABELS, type RuleField, type RuleTest } from "./detection";
import { findDate } from "./find-date";
import { expectedCheckLetter, findUpns } from "./find-upns";
import { cleanName } from "./name-shape";
import { quote } from "./read-rule";

const NAME_LIMIT = 100;

function upnValue(text: string): Omit<RuleTest, "field"> {
  const whole = checkUpn(text);
  const found = whole.ok ? [whole.upn] : findUpns(text).valid;
  if (found.length === 1) return { status: "found", value: found[0], message: `UPN: found ${found[0]}` };
  if (found.length > 1) {
    return { status: "invalid", value: text, message: `UPN: found ${found.length} different UPNs in ${quote(text)}; make the rule pick one` };
  }
  const wrong = findUpns(text).wrongCheckLetter[0];
  const upn = wrong?.upn ?? text;
  const expected = wrong?.expected ?? expectedCheckLetter(text);
  if (expected) return { status: "invalid", value: upn, message: `UPN: found ${upn} but its check letter is wrong (expected ${expected})` };
  return { status: "invalid", value: text, message: `UPN: found ${quote(text)}, which is not a UPN. ${whole.ok ? "" : whole.message}`.trim() };
}

function dateValue(text: string): Omit<RuleTest, "field"> {
  const read = findDate(text);
  if (read.ok) {
    const shown = read.text === longDate(read.date) ? read.text : `${read.text} (${longDate(read.date)})`;
    return { status: "found", value: read.date, message: `Date of birth: found ${shown}` };
  }
  if (read.reason === "impossible") {
    return { status: "invalid", value: text, message: `Date of birth: found ${read.text ?? text}, which is not a real date` };
  }
  return {
    status: "invalid",
    value: text,
    message: `Date of birth: found ${quote(text)}, which is not a date that can be read (like 04/03/2015 or 4 March 2015)`,
  };
}

function nameValue(field: RuleField, text: string): Omit<RuleTest, "field"> {
  const label = FIELD_LABELS[field];
  const name = cleanName(text);
  if (!name) return { status: "not-found", message: `${label}: found no name in ${quote(text)}` };
  if (name.length > NAME_LIMIT) {
    return {
      status: "invalid",
      value: name,
      message: `${label}: found ${name.length} characters of text, too long for a name; make the selector or pattern pick out just the name`,
    };
  }
  return { status: "found", value: name, message: `${label}: found ${name}` };
}

/** Checks and normalises what a rule read for `field`: a UPN with its check letter, a date as yyyy-mm-dd, a name. */
export function fieldValue(field: RuleField, text: string): RuleTest {
  if (field === "upn") return { field, ...upnValue(text) };
  if (field === "dateOfBirth") return { field, ...dateValue(text) };
  return { field, ...nameValue(field, text) };
}
