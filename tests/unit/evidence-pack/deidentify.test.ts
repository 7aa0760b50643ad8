import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { ageBand, WITHHELD } from "@/evidence-pack/deidentify";
import { buildEvidencePack, evidencePackJson, SENSITIVITY } from "@/evidence-pack/pack";
import { EvidencePack } from "@/evidence-pack/pack-schema";
import { evidencePackPdf } from "@/evidence-pack/pdf/evidence-pack-pdf";
import { applicableStatements } from "@/self-audit/applicable";
import { pdfBytesPages } from "../../support/pdf-text";
import { auditWith } from "../../fixtures/sample-audits";
import { packCycles, packPupil, SUBMISSION_DATE } from "../../fixtures/evidence-pack";

const framework = loadBuiltInFramework();
const SETTING = "Nowhere Test Primary School (fake)";
const ratings = Object.fromEntries(applicableStatements(framework, "school").map((s, i) => [s.id, { rating: i % 4, evidence: i % 5 ? "" : "Seen in a learning walk (fake)" }]));
const OPTIONS = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "FEDCBA9876543210FEDCBA9876543210" };

/** Pip's record with adults and the school named in free text too, as SENCOs write them. */
function pupilWithNamesInNotes() {
  const pupil = packPupil();
  return {
    ...pupil,
    profile: { ...pupil.profile, likeAndAdmire: `Helps Mr Fakeham tidy up at ${SETTING} on 12/03/2026.` },
    meetings: (pupil.meetings ?? []).map((m) => ({ ...m, notes: `${m.notes} Dr Ada Example joined on 3 February 2026 (2026-02-03).` })),
  };
}

const pack = (pseudonymise: boolean) =>
  buildEvidencePack({
    pupil: pupilWithNamesInNotes(), cycles: packCycles(), framework, setting: { name: SETTING },
    latestAudit: auditWith(framework, ratings, { completedOn: "2026-02-01" }), submissionDate: SUBMISSION_DATE, pseudonymise,
  });

const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const ADULTS = ["Fakeham", "Testington", "Ada Example", "Example"];

describe("the de-identified (pseudonymised) evidence pack", () => {
  it("gives age as a band", () => {
    expect([3, 4, 6, 7, 9, 10, 16, 18, 19].map(ageBand)).toEqual(["under 4", "4 to 6", "4 to 6", "7 to 9", "7 to 9", "10 to 12", "16 to 18", "16 to 18", "19 and over"]);
  });

  it("names no adult and not the setting, and keeps dates to the month, in its JSON", () => {
    const full = evidencePackJson(pack(false));
    const json = evidencePackJson(pack(true));
    for (const text of [...ADULTS, SETTING, "Nowhere Test Primary"]) {
      expect(full, `the full pack keeps ${text}`).toContain(text);
      expect(json, text).not.toContain(text);
    }
    expect(full).toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(json).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(json).not.toContain("12/03/2026");
    expect(json).not.toMatch(FULL_DATE);
    const parsed = EvidencePack.parse(JSON.parse(json));
    expect(parsed.sensitivity).toBe(SENSITIVITY.pseudonymised);
    expect(parsed.cover).toMatchObject({ settingName: WITHHELD.settingField, submissionDate: "2026-03" });
    expect(parsed.pupil).toMatchObject({ keyAdult: WITHHELD.adultField, consent: { byWhom: WITHHELD.adultField } });
    expect(parsed.pupil.profile.likeAndAdmire).toBe(`Helps ${WITHHELD.adult} tidy up at ${WITHHELD.setting} on ${WITHHELD.date}.`);
    expect(parsed.views.meetings.map((m) => m.date)).toEqual(["2025-10", "2026-01"]);
    expect(parsed.views.meetings[0]!.notes).toContain(`${WITHHELD.adult} joined on February 2026 (2026-02).`);
    expect(parsed.provisionMap.rows.map((r) => r.who)).toContain(`${WITHHELD.adult} (TA)`);
  });

  it("names no adult and not the setting, shows no full date and no exact age in its PDF text (pdftotext)", () => {
    const fullText = pdfBytesPages(evidencePackPdf(pack(false), OPTIONS)).join("\n").replace(/\s+/g, " ");
    const text = pdfBytesPages(evidencePackPdf(pack(true), OPTIONS)).join("\n").replace(/\s+/g, " ");
    expect(fullText).toMatch(FULL_DATE);
    expect(fullText).toContain("Fakeham");
    for (const secret of [...ADULTS, "Nowhere Test Primary"]) expect(text, secret).not.toContain(secret);
    expect(text.match(FULL_DATE)?.[0] ?? null).toBeNull();
    expect(text).toContain("7 to 9 years");
    expect(text).toContain("March 2026");
    expect(fullText).toMatch(/Age 9 years/);
    expect(text).not.toMatch(/Age 9 years|\(age 9\)/);
  });
});
