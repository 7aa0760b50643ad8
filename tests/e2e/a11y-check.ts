import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Findings that fail whatever axe's impact: headings that skip a level confuse screen reader navigation. */
const FAIL_ALWAYS = new Set(["heading-order"]);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (injected through the debugging protocol, so the extension's CSP does not apply). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  });
}

/** What one screen breaks: serious or critical axe findings (and skipped heading levels) at 360 and 1280 px, sideways scroll at 320 px (also with text spacing, and at 180 px for the side panel: 200% zoom), body text under 16 px. */
export async function screenProblems(page: Page, screen: string, widths: readonly number[] = [360, 1280]): Promise<string[]> {
  const problems: string[] = [];
  const before = page.viewportSize() ?? { width: 360, height: 800 };
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const v of await axeViolations(page)) {
      if (v.impact === "serious" || v.impact === "critical" || FAIL_ALWAYS.has(v.id)) {
        problems.push(`${screen} at ${width} px: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
  }
  await page.setViewportSize({ width: 320, height: 900 });
  problems.push(...(await sidewaysAt(page, `${screen} at 320 px`)));
  // WCAG 1.4.12: with the text spacing a user may set, nothing may be cut off or push the page sideways.
  await page.evaluate((css) => {
    const style = document.createElement("style");
    style.id = "text-spacing-check";
    style.textContent = css;
    document.head.append(style);
  }, TEXT_SPACING);
  problems.push(...(await sidewaysAt(page, `${screen} with text spacing at 320 px`)));
  await page.evaluate(() => document.getElementById("text-spacing-check")?.remove());
  // The side panel at 200% zoom: 360 px of panel is 180 CSS px.
  if (page.url().includes("/sidepanel.html")) {
    await page.setViewportSize({ width: 180, height: 900 });
    problems.push(...(await sidewaysAt(page, `${screen} at 200% zoom in a 360 px panel`)));
  }
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  if (bodySize < 16) problems.push(`${screen}: body text is ${bodySize} px`);
  await page.setViewportSize(before);
  return problems;
}

const TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

async function sidewaysAt(page: Page, screen: string): Promise<string[]> {
  const sideways = await page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow <= 0) return null;
    // Name the innermost element that sticks out, to say where to look.
    const width = document.documentElement.clientWidth;
    const culprits = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1));
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
    return `${overflow} px (${culprits.slice(0, 3).map(name).join(", ")})`;
  });
  return sideways ? [`${screen} scrolls sideways by ${sideways}`] : [];
}
