import { describe, expect, it } from "vitest";
import { drawCaseSample, GOLDEN_THREAD_HEADINGS, goldenThread } from "@/case-sample";
import { generateDemoSchool } from "@/demo-school/generate";
import { blocksPdf } from "@/document-blocks/blocks-pdf";
import { initialsOf } from "@/evidence-pack/pseudonymise";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import { pdfBytesPages } from "../../support/pdf-text";

const today = "2026-03-20";
const school = generateDemoSchool({ pupils: 40, seed: 5, today });
const byPupil = cyclesByPupil(school.cycles);
const pupil = school.pupils.find((p) => (byPupil.get(p.id) ?? []).some((c) => c.stages.review.reviewedOn))!;
const options = { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "2".repeat(32), bodySize: 9 };

describe("golden thread", () => {
  it("fits one page with every heading, de-identified by default", () => {
    const pages = pdfBytesPages(blocksPdf(goldenThread({ pupil, cycles: byPupil.get(pupil.id)!, today, deidentify: true }), options));
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/\s+/g, " ");
    for (const heading of Object.values(GOLDEN_THREAD_HEADINGS)) expect(text).toContain(heading);
    expect(text).toContain(`Golden thread: ${initialsOf(pupil)}`);
    expect(text).not.toContain(pupil.lastName);
    expect(text).not.toContain(pupil.dateOfBirth);
  });

  it("names the pupil only when asked", () => {
    const doc = goldenThread({ pupil, cycles: byPupil.get(pupil.id)!, today, deidentify: false });
    expect(doc.title).toBe(`Golden thread: ${pupil.firstName} ${pupil.lastName}`);
  });
});

describe("case sample", () => {
  const sample = drawCaseSample(school.pupils, { size: 6, today, seed: 1, deidentify: true });

  it("draws only pupils at SEN support or with a plan, each once", () => {
    expect(sample).toHaveLength(6);
    expect(new Set(sample.map((s) => s.pupilId)).size).toBe(6);
    const ids = new Set(school.pupils.filter((p) => p.senStatus.code === "K" || p.senStatus.code === "E").map((p) => p.id));
    expect(sample.every((s) => ids.has(s.pupilId))).toBe(true);
  });

  it("spreads across areas of need and year groups", () => {
    const areas = new Set(school.pupils.filter((p) => ["K", "E"].includes(p.senStatus.code)).map((p) => p.needs[0]?.code));
    expect(new Set(sample.map((s) => s.area)).size).toBeGreaterThanOrEqual(Math.min(3, areas.size));
    expect(new Set(sample.map((s) => s.yearGroup)).size).toBeGreaterThanOrEqual(4);
  });

  it("is de-identified by default, repeatable with a seed and different with another", () => {
    expect(sample.every((s) => /^[A-Z]\.[A-Z]\., (Year \d+|Reception|Nursery \d)$/.test(s.label))).toBe(true);
    expect(drawCaseSample(school.pupils, { size: 6, today, seed: 1, deidentify: true })).toEqual(sample);
    expect(drawCaseSample(school.pupils, { size: 6, today, seed: 2, deidentify: true }).map((s) => s.pupilId)).not.toEqual(sample.map((s) => s.pupilId));
  });
});
