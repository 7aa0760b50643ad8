import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import type { Cycle } from "@/graduated-approach/cycle";
import { Pupil } from "@/graduated-approach/pupil";
import { createPupilsModel } from "@/state/pupils-model";
import { memoryStore } from "../../fixtures/memory-store";
import { fakePupil } from "../../fixtures/graduated";
import { auditWith } from "../../fixtures/sample-audits";

describe("pupils model: evidence pack exports", () => {
  it("keeps a log of exports on the pupil record, which still parses as a Pupil", async () => {
    const pupils = memoryStore<Pupil>();
    const cycles = memoryStore<Cycle>();
    let n = 0;
    const model = createPupilsModel(() => ({ pupils, cycles }), () => "2026-03-20", { makeId: () => `id-${++n}` });
    await model.addPupil(fakePupil());
    await model.recordExport("pupil-1", "pdf", true);
    await model.recordExport("pupil-1", "json", false);
    const stored = Pupil.parse(pupils.map.get("pupil-1"));
    expect(stored.exports?.map((e) => [e.id, e.kind, e.pseudonymised])).toEqual([["id-1", "pdf", true], ["id-2", "json", false]]);
    expect(model.pupilById("pupil-1")!.exports).toHaveLength(2);
  });

  it("loads the setting's name, and its latest completed self-audit for the pack when a pupil page opens", async () => {
    const framework = loadBuiltInFramework();
    const older = auditWith(framework, {}, { id: "old", completedOn: "2025-03-01" });
    const newer = auditWith(framework, {}, { id: "new", completedOn: "2026-02-01" });
    const unfinished = auditWith(framework, {}, { id: "draft", startedOn: "2026-03-01" });
    const model = createPupilsModel(
      () => ({
        pupils: memoryStore<Pupil>(),
        cycles: memoryStore<Cycle>(),
        audits: { getAll: async () => ({ records: [older, unfinished, newer] }) },
        settings: { get: async () => ({ name: "Nowhere Test Primary School (fake)" }) },
      }),
      () => "2026-03-20",
    );
    await model.load();
    expect(model.settingName.value).toBe("Nowhere Test Primary School (fake)");
    // Audits are read when a pupil's page opens, not at unlock.
    expect(model.latestAudit.value).toBeUndefined();
    await model.loadGroupsAndAudit();
    expect(model.latestAudit.value?.id).toBe("new");
  });
});
