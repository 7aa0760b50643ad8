import { labelFor, type LabelledField } from "./labels";
import { collapse, isHiddenByMarkup } from "./page-text";

/** Elements looked at before giving up, so a huge page cannot stall the content script. */
const ELEMENT_LIMIT = 50_000;
const VALUE_LIMIT = 200;

/** Labels inside these are menus, buttons or hidden, not a pupil's details. */
const NOT_DETAILS = [
  "nav", "menu", "button", "a", "select", "option", "script", "style", "template", "[hidden]", '[aria-hidden="true"]',
  '[role="navigation"]', '[role="menu"]', '[role="menubar"]', '[role="tablist"]', '[role="button"]',
].join(", ");

export interface LabelledValue {
  field: LabelledField;
  rank: number;
  value: string;
}

const CONTROLS = new Set(["INPUT", "SELECT", "TEXTAREA"]);

/** Tag names, not `instanceof`, so elements of a frame's document (another realm) are read too. */
function controlValue(el: Element): string | undefined {
  return CONTROLS.has(el.tagName) ? (el as HTMLInputElement).value : undefined;
}

/** The text of the element that holds a value: its form control's value (a select's chosen option), or its text. */
function valueText(el: Element): string {
  const own = controlValue(el);
  if (own !== undefined) return collapse(own);
  const inner = el.querySelector("input:not([type='hidden']), select, textarea");
  if (inner) return collapse(controlValue(inner) ?? "");
  return collapse((el.textContent ?? "").slice(0, VALUE_LIMIT * 2));
}

function isShown(el: Element, rendered: boolean): boolean {
  if (isHiddenByMarkup(el)) return false;
  return !rendered || typeof el.checkVisibility !== "function" || el.checkVisibility();
}

/**
 * The value beside a label: a `<label for>`'s control; else the next element after the label (climbing out
 * of wrappers that hold only the label: `<th><abbr>DOB</abbr></th><td>…`); else the text after the label in
 * its parent (`<p><b>DOB:</b> 04/03/2015</p>`).
 */
function valueBeside(label: Element, root: Document): Element | string | undefined {
  const target = label.tagName === "LABEL" ? label.getAttribute("for") : null;
  if (target) return root.getElementById(target) ?? undefined;
  const own = collapse(label.textContent ?? "");
  let anchor = label;
  while (!anchor.nextElementSibling && anchor.parentElement && anchor.parentElement !== root.body
    && collapse(anchor.parentElement.textContent ?? "") === own) {
    anchor = anchor.parentElement;
  }
  if (anchor.nextElementSibling) return anchor.nextElementSibling;
  const parentText = collapse(anchor.parentElement?.textContent ?? "");
  return parentText.startsWith(own) && parentText.length > own.length ? parentText.slice(own.length).replace(/^\s*:?\s*/, "") : undefined;
}

/** Every value the page shows beside a label this module knows ("Date of birth", "Surname", …). */
export function labelledValues(root: Document): LabelledValue[] {
  const found: LabelledValue[] = [];
  const body = root.body;
  if (!body) return found;
  const rendered = root.defaultView !== null;
  const all = body.getElementsByTagName("*");
  for (let i = 0; i < all.length && i < ELEMENT_LIMIT; i++) {
    const el = all[i]!;
    if (el.childElementCount > 0) continue;
    const label = labelFor(el.textContent ?? "");
    if (!label || el.closest(NOT_DETAILS)) continue;
    const beside = valueBeside(el, root);
    if (beside === undefined) continue;
    if (typeof beside !== "string" && (beside.tagName === "TH" || !isShown(beside, rendered))) continue;
    const value = typeof beside === "string" ? beside : valueText(beside);
    if (value && value.length <= VALUE_LIMIT && !labelFor(value)) found.push({ ...label, value });
  }
  return found;
}
