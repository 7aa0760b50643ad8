import { FIELD_LABELS, RULE_FIELDS, type AdapterRules, type FieldRule, type RuleField, type RuleTest } from "./detection";
import { fieldValue } from "./field-value";
import { pageOf, type Page } from "./page-text";
import { wordsOfPattern } from "./label-rule";
import { readRule } from "./read-rule";

/** Longest value and message a result carries, so a rule that selects the whole page cannot flood a message. */
export const RULE_TEST_LIMITS = { value: 200, message: 500 };

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function bounded(test: RuleTest): RuleTest {
  const value = test.value === undefined ? {} : { value: cut(test.value, RULE_TEST_LIMITS.value) };
  return { ...test, ...value, message: cut(test.message, RULE_TEST_LIMITS.message) };
}

/** One field's rule tried on the page: what it found, or in plain English why not. */
export function testRule(page: Page, field: RuleField, rule: FieldRule): RuleTest {
  const read = readRule(page, rule);
  if (read.ok) return bounded(fieldValue(field, read.text));
  // A rule set in plain words is explained in the same words, not as a pattern.
  const words = rule.selector ? undefined : wordsOfPattern(rule.pattern);
  const message = words && read.status === "not-found" ? `the words \u201c${words}\u201d, followed by a value, are not on this page` : read.message;
  return bounded({ field, status: read.status, message: `${FIELD_LABELS[field]}: ${message}` });
}

/** Every rule set for this MIS tried on the open page, in the order settings lists the fields. */
export function testRules(root: Document, rules: AdapterRules): RuleTest[] {
  const page = pageOf(root);
  return RULE_FIELDS.flatMap((field) => {
    const rule = rules[field];
    return rule ? [testRule(page, field, rule)] : [];
  });
}
