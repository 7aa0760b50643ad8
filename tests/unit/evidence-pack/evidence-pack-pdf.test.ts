import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { buildEvidencePack, SENSITIVITY } from "@/evidence-pack/pack";
import { evidencePackPdf } from "@/evidence-pack/pdf/evidence-pack-pdf";
import { applicableStatements } from "@/self-audit/applicable";
import { pdfBytesPages } from "../../support/pdf-text";
import { auditWith } from "../../fixtures/sample-audits";
import { PACK_UPN, packCycles, packPupil, SUBMISSION_DATE } from "../../fixtures/evidence-pack";

const GOLDEN = resolve("tests/golden/evidence-pack.pdf");
const OPTIONS = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "FEDCBA9876543210FEDCBA9876543210" };
const framework = loadBuiltInFramework();
const ratings = Object.fromEntries(applicableStatements(framework, "school").map((s, i) => [s.id, { rating: i % 4, evidence: i % 5 ? "" : "Seen in a learning walk (fake)" }]));
const audit = auditWith(framework, ratings, { completedOn: "2026-02-01" });
const pack = (pseudonymise: boolean) =>
  buildEvidencePack({
    pupil: packPupil(), cycles: packCycles(), framework, setting: { name: "Nowhere Test Primary School (fake)" },
    latestAudit: audit, submissionDate: SUBMISSION_DATE, pseudonymise,
  });

/** The text of each page, via pdftotext one page at a time. */
const pdfPages = pdfBytesPages;

/** Collapses the layout's runs of spaces and line breaks so wrapped sentences can be searched. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("evidence pack PDF", () => {
  const bytes = evidencePackPdf(pack(false), OPTIONS);
  const pages = pdfPages(bytes);
  const text = pages.join("\n");

  it("gives the same bytes every time for the same pack, creation date and file id", () => {
    expect(Buffer.from(evidencePackPdf(pack(false), OPTIONS)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("matches the committed golden file", () => {
    if (!existsSync(GOLDEN)) writeFileSync(GOLDEN, bytes);
    expect(Buffer.from(bytes).equals(readFileSync(GOLDEN))).toBe(true);
  });

  it("has a cover, contents and every section, with its content", () => {
    for (const expected of [
      "Evidence for an EHC needs assessment",
      "Pip Testington",
      PACK_UPN,
      "4 May 2016",
      "Nowhere Test Primary School (fake)",
      "Contents",
      "1. Pupil summary",
      "2. Needs by area",
      "3. Assess, plan, do, review cycles",
      "4. Costed provision map",
      "5. External professional advice",
      "6. The pupil's and parents' views",
      "7. Attendance",
      "8. Ordinarily available provision in this setting",
      "9. Readiness checklist",
      "10. Statutory timeline",
      "Speech, language and communication needs",
      "Cycle 6: 25 August 2025 to now (open)",
      "Request an EHC needs assessment",
      "Total a year",
      "below the SEN support threshold of £6,000",
      "Speech and language therapist",
      "I know more words now (review 5).",
      "Not recorded in SEND Companion: attach the MIS attendance summary",
      "1 May 2026 (6 weeks)",
      "7 August 2026 (20 weeks)",
      "Children and Families Act 2014, section 36(8)",
      "it never blocks a request",
    ]) {
      expect(flat(text)).toContain(expected);
    }
    for (let n = 1; n <= 6; n++) expect(text).toContain(`Cycle ${n}:`);
    expect(flat(text)).toContain("deliberately long so that it wraps over several lines");
  });

  it("numbers every page and marks every page official-sensitive", () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain(SENSITIVITY.full);
    });
  });

  it("lists the right page for each section in the contents", () => {
    const contents = flat(pages[1]!);
    const match = /3\. Assess, plan, do, review cycles page (\d+)/.exec(contents);
    expect(pages[Number(match![1]) - 1]).toContain("3. Assess, plan, do, review cycles");
  });

  it("pseudonymised: marked on every page, initials only, no UPN, date of birth or name", () => {
    const pseudo = pdfPages(evidencePackPdf(pack(true), OPTIONS));
    pseudo.forEach((page) => expect(page).toContain("PSEUDONYMISED"));
    const all = pseudo.join("\n");
    for (const secret of [PACK_UPN, "4 May 2016", "Pip", "Testington"]) expect(all).not.toContain(secret);
    expect(all).toContain("P.T.");
  });
});
