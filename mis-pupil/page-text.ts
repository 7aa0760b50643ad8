/** The page's text, bounded so a huge page cannot stall the content script. */
export const PAGE_TEXT_LIMIT = 200_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "svg", "IFRAME"]);
const CELL = new Set(["TD", "TH"]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);

/** Collapses runs of spaces; a run holding a line break becomes "\n", one holding a tab "\t". */
export function tidyText(text: string): string {
  return text
    .replace(/[^\S\n\t]+/g, " ")
    .replace(/ *([\n\t])[\n\t ]*/g, (run) => (run.includes("\n") ? "\n" : "\t"))
    .trim();
}

/** Whitespace collapsed to single spaces, as a person reads an element's text. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  return /display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

/**
 * Text in document order with a line break around each block and a tab around each table cell, roughly as
 * `innerText` lays it out. Used for documents that are not rendered (parsed with DOMParser), whose
 * `innerText` would run every cell's text together.
 */
function walkText(start: Node, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: (Node | string)[] = [start];
  while (stack.length > 0 && length < limit) {
    const item = stack.pop()!;
    if (typeof item === "string" || item.nodeType === TEXT_NODE) {
      const text = typeof item === "string" ? item : (item.nodeValue ?? "").replace(/\s+/g, " ");
      parts.push(text);
      length += text.length;
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    if (SKIP.has(el.tagName) || isHiddenByMarkup(el)) continue;
    const edge = CELL.has(el.tagName) ? "\t" : BLOCK.has(el.tagName) ? "\n" : "";
    if (edge) {
      parts.push(edge);
      stack.push(edge);
    }
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
  }
  return parts.join("");
}

/** A rendered page (the content script's) uses `innerText`, which leaves out what CSS hides. */
export function pageText(root: Document, limit = PAGE_TEXT_LIMIT): string {
  const body = root.body;
  if (!body) return "";
  const raw = root.defaultView ? (body.innerText ?? body.textContent ?? "") : walkText(body, limit);
  return tidyText(raw.slice(0, limit));
}

/** The page and its text, read once and only if a rule or the generic scan needs it. */
export interface Page {
  root: Document;
  text(): string;
}

export function pageOf(root: Document): Page {
  let text: string | undefined;
  return { root, text: () => (text ??= pageText(root)) };
}
