import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { auditReportPdf } from "@/evidence-pack/pdf/audit-report";
import { pdfSafe } from "@/evidence-pack/pdf/pdf-text";
import { pdfBytesPages } from "../../support/pdf-text";
import { reportAudits } from "../../fixtures/report-audits";

const GOLDEN = resolve("tests/golden/audit-report.pdf");
const OPTIONS = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "0123456789ABCDEF0123456789ABCDEF" };
const framework = loadBuiltInFramework();
const { audit, previous } = reportAudits(framework);

const pdfToText = (bytes: Uint8Array) => pdfBytesPages(bytes).join("\f");

describe("audit report PDF", () => {
  const bytes = auditReportPdf({ framework, audit, previous }, OPTIONS);

  it("gives the same bytes every time for the same audit, creation date and file id", () => {
    expect(Buffer.from(auditReportPdf({ framework, audit, previous }, OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("matches the committed golden file", () => {
    if (!existsSync(GOLDEN)) writeFileSync(GOLDEN, bytes);
    expect(Buffer.from(bytes).equals(readFileSync(GOLDEN))).toBe(true);
  });

  it("reads as a report: cover, summary, charts, area tables, action plan and page numbers", () => {
    const text = pdfToText(bytes);
    const pages = text.split("\f").filter((p) => p.trim());
    for (const expected of [
      "Setting self-audit report",
      "Oakbrook Test Primary School (fake)",
      "20 March 2026",
      "Summary",
      "Score by area",
      "Score by tier",
      "Change since the audit of 14 March 2025",
      "Strengths",
      "Gaps to work on",
      "Ratings and evidence by area",
      "Action plan",
      `Page 1 of ${pages.length}`,
      `Page ${pages.length} of ${pages.length}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/of 145 statements rated/);
    expect(text).toContain('term" - >= 3 classes seen');
    expect(text).toContain("Statements at each rating");
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
  });

  it("says plainly when there are no actions", () => {
    const text = pdfToText(auditReportPdf({ framework, audit: { ...audit, assessments: {} } }, OPTIONS));
    expect(text).toContain("No actions were recorded in this audit.");
    expect(text).toContain("0 of 145 statements rated");
  });

  it("replaces characters the built-in Helvetica cannot draw", () => {
    expect(pdfSafe("‘It’s’ “fine” – ≥ 3 … ≤ 1 • ok → 中")).toBe(`'It's' "fine" - >= 3 ... <= 1 - ok -> ?`);
  });
});
