import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Framework } from "@/commitment-framework/schema";
import { templateFramework } from "@/commitment-framework/template";
import { buildEvidencePack } from "@/evidence-pack/pack";
import { pupilAreas } from "@/evidence-pack/pupil-areas";
import { catalogueArea, provisionFromCatalogue } from "@/graduated-approach/catalogue-provision";
import { editCycle } from "../../fixtures/graduated";
import { packCycles, packPupil, SUBMISSION_DATE } from "../../fixtures/evidence-pack";

/** The worked-example framework, with the pack's pupil ticking a descriptor and given a catalogue provision. */
function packWithExample() {
  const framework = Framework.parse(templateFramework());
  const item = framework.catalogue.find((c) => c.id === "lang-group")!;
  const cycles = packCycles(2).map((c) =>
    editCycle(c, (x) => {
      x.stages.plan.provisions = [{ id: "pv1", ...provisionFromCatalogue(framework, item, catalogueArea(framework, item, ["ci"])!) }];
      x.stages.plan.outcomes[0]!.area = "ci";
      x.stages.assess.strengthsAndNeeds = { "ci.understanding": { strengths: "Listens to stories.", needs: "Misses long instructions." } };
    }),
  );
  const pupil = { ...packPupil(), descriptors: ["ci-d4", "no-longer-there"] };
  return buildEvidencePack({ pupil, cycles, framework, setting: { name: "Nowhere Test Primary School (fake)" }, submissionDate: SUBMISSION_DATE, pseudonymise: false });
}

describe("evidence pack with another local authority's framework", () => {
  it("lists the ticked need descriptors with their area path and level beside the tier, leaving out any no longer in the framework", () => {
    const pack = packWithExample();
    expect(pack.needs.descriptors).toEqual([
      { id: "ci-d4", area: "Communication and interaction > Understanding language", level: "Band 4 (Targeted Plus)", text: "Understands only single key words, even with pictures and gesture." },
    ]);
    expect(pack.needs.descriptorLevel).toBe("Band 4 (Targeted Plus)");
  });

  it("shows the level beside the tier for catalogue provision, and costs it in the provision map", () => {
    const pack = packWithExample();
    expect(pack.provisionMap.rows).toEqual([
      expect.objectContaining({ title: "Small-group language programme", level: "Band 2 (Targeted)", hoursPerWeek: 1.5, groupSize: 3, hourlyCost: 21, weeks: 39, yearlyCost: 409.5 }),
    ]);
    expect(pack.provisionMap.total).toBe(409.5);
  });

  it("links assessed sub-areas to their broad area of need, not by matching ids", () => {
    const pack = packWithExample();
    expect(pack.needs.areas.map((a) => [a.areaId, a.area])).toEqual([["ci.understanding", "Understanding language"]]);
    const framework = Framework.parse(templateFramework());
    const cycles = packCycles(1).map((c) => editCycle(c, (x) => void (x.stages.assess.strengthsAndNeeds = { "ci.understanding": { strengths: "", needs: "Misses long instructions." } })));
    expect(pupilAreas({ needs: [] }, cycles, framework)).toEqual(["communication-interaction"]);
    expect(pupilAreas({ needs: [{ code: "SEMH", rank: 1 }] }, cycles, framework)).toEqual(["communication-interaction", "semh"]);
  });
});

describe("evidence pack PDF with another local authority's framework", () => {
  it("prints the ticked need descriptors, the level they point to, and the provision's level beside its tier", async () => {
    const { evidencePackPdf } = await import("@/evidence-pack/pdf/evidence-pack-pdf");
    const bytes = await evidencePackPdf(packWithExample(), { creationDate: new Date("2026-03-20T12:00:00Z"), fileId: "FEDCBA9876543210FEDCBA9876543210" });
    const dir = mkdtempSync(join(tmpdir(), "pack-levels-"));
    try {
      const file = join(dir, "pack.pdf");
      writeFileSync(file, bytes);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("Need descriptors that fit");
      expect(text).toContain("Together they point to Band 4 (Targeted Plus).");
      expect(text).toContain("Understands only single key words, even with pictures and gesture. (ci-d4)");
      expect(text).toContain("Band 2 (Targeted)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
