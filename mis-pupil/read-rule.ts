import type { FieldRule } from "./detection";
import { collapse, type Page } from "./page-text";

/** What a rule read from the page, or why it read nothing; messages follow "<field>: ". */
export type RuleRead = { ok: true; text: string } | { ok: false; status: "not-found" | "invalid"; message: string };

const CONTROLS = new Set(["INPUT", "SELECT", "TEXTAREA"]);

export function hasRule(rule: FieldRule | undefined): rule is FieldRule {
  return !!rule && (!!rule.selector?.trim() || !!rule.pattern);
}

/** Shortened for a message: `"Year 5 · Forest class…"`. */
export function quote(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

function compile(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern, "i");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function selectText(page: Page, selector: string): RuleRead {
  let el: Element | null;
  try {
    el = page.root.querySelector(selector);
  } catch {
    return { ok: false, status: "invalid", message: `the selector ${selector} is not a valid CSS selector` };
  }
  if (!el) return { ok: false, status: "not-found", message: `the selector ${selector} matches nothing on this page` };
  const text = collapse(CONTROLS.has(el.tagName) ? (el as HTMLInputElement).value : (el.textContent ?? ""));
  if (!text) return { ok: false, status: "not-found", message: `the selector ${selector} matches an element with no text` };
  return { ok: true, text };
}

/** Applies a rule: the selector's text, then the pattern's capture (the whole page's text without a selector). */
export function readRule(page: Page, rule: FieldRule): RuleRead {
  const selector = rule.selector?.trim();
  if (!selector && !rule.pattern) return { ok: false, status: "invalid", message: "give a CSS selector, a pattern or both" };
  const pattern = rule.pattern ? compile(rule.pattern) : undefined;
  if (typeof pattern === "string") {
    return { ok: false, status: "invalid", message: `the pattern is not a valid regular expression: ${pattern}` };
  }
  const selected = selector ? selectText(page, selector) : undefined;
  if (selected && !selected.ok) return selected;
  if (!pattern) return selected!;
  const text = selected ? selected.text : page.text();
  const match = pattern.exec(text);
  if (!match) {
    const where = selected ? `the text of ${selector} (${quote(text)})` : "anything on this page";
    return { ok: false, status: "not-found", message: `the pattern does not match ${where}` };
  }
  const value = collapse(match.length > 1 ? (match[1] ?? "") : match[0]);
  if (!value) return { ok: false, status: "not-found", message: "the pattern matches, but what it captures is empty" };
  return { ok: true, text: value };
}
