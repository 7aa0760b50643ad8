import { describe, expect, it } from "vitest";
import { FrameworkMapping, type SourceFile } from "@/commitment-framework/import";
import type { Framework } from "@/commitment-framework/schema";
import type { AppModel } from "@/state/app-model";
import { createFrameworkImportModel } from "@/state/framework-import-model";
import { editCycle, goodCycle } from "../../fixtures/graduated";
import { FLAT_CSV, flatMapping } from "../../fixtures/la-frameworks";

const csv = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) });

function fakeApp(stored: Framework[] = []) {
  const mappings = new Map<string, FrameworkMapping>();
  const used: Framework[] = [];
  const cycle = editCycle(goodCycle(), (c) => void (c.stages.plan.provisions[0]!.statementId = "e2"));
  const app = {
    loadMapping: async (key: string) => mappings.get(key),
    saveMapping: async (key: string, m: FrameworkMapping) => void mappings.set(key, m),
    storedFramework: async (id: string) => stored.find((f) => f.id === id),
    useFramework: async (fw: Framework) => void used.push(fw),
    builtInFrameworkId: "built-in-test",
    storage: () => ({ cycles: { getAll: async () => ({ records: [cycle], quarantined: [] }) }, audits: { getAll: async () => ({ records: [], quarantined: [] }) } }),
  } as unknown as AppModel;
  return { app, mappings, used };
}

describe("the framework import screen's model", () => {
  it("guesses the columns of a file it has not seen, and asks for what is missing", async () => {
    const { app } = fakeApp();
    const model = createFrameworkImportModel(app);
    await model.chooseFiles([csv("Testford OAP 2026.csv", FLAT_CSV)]);
    expect(model.step.value).toBe("map");
    expect(model.draft.value?.columns).toMatchObject({ id: "Ref", text: "Statement", level: "Level", phase: "Phase", kind: "Kind", hours: "Hours", staffRole: "Role", costCode: "Cost code", rate: "Rate", weeklyCap: "Weekly cap", area: ["Area", "Sub-area"] });
    expect(model.draft.value?.framework.id).toBe("testford-oap");
    expect(model.mappingProblems.value).toEqual(["The mapping: framework.localAuthority: must not be empty."]);
  });

  it("saves the mapping under the file's name, reuses it for the next version, and shows what changed", async () => {
    const { app, mappings, used } = fakeApp();
    const first = createFrameworkImportModel(app);
    await first.chooseFiles([csv("Testford OAP 2026.csv", FLAT_CSV)]);
    first.setDraft(flatMapping());
    expect(first.preview.value?.problems).toEqual([]);
    await first.confirmMapping();
    expect([...mappings.keys()]).toEqual(["testford-oap"]);
    expect(first.step.value).toBe("review");
    await first.use();
    const v1 = used[0]!;

    const { app: again } = fakeApp([v1]);
    (again as unknown as { loadMapping: (k: string) => Promise<FrameworkMapping | undefined> }).loadMapping = async (k) => mappings.get(k);
    const next = createFrameworkImportModel(again);
    const edited = FLAT_CSV.split("\n").filter((line) => !line.startsWith("E2,")).join("\n").replace("A calm corner", "A quiet calm corner");
    await next.chooseFiles([csv("Testford OAP 2027.csv", edited)]);
    expect(next.reused.value).toBe(true);
    next.setDraft({ ...next.draft.value!, framework: { ...next.draft.value!.framework, version: "4" } });
    await next.confirmMapping();
    const diff = next.diff.value!;
    expect([diff.from, diff.to]).toEqual(["3", "4"]);
    expect(diff.statements.removed.map((s) => s.id)).toEqual(["e2"]);
    expect(diff.statements.changed.map((c) => c.after.id)).toEqual(["e1"]);
    expect(next.removedInUse.value).toEqual([{ statementId: "e2", pupilId: "pupil-1", where: 'plan of cycle 1 (provision "Word work group")' }]);
  });

  it("checks a file already in SEND Companion's format without a mapping", async () => {
    const { app } = fakeApp();
    const model = createFrameworkImportModel(app);
    await model.chooseFiles([csv("odd.json", JSON.stringify({ schemaVersion: 2, statements: [] }))]);
    expect(model.step.value).toBe("choose");
    expect(model.fileProblem.value[0]).toMatch(/^odd\.json: /);
  });

  it("refuses a framework with the built-in one's id, which cannot be replaced", async () => {
    const { app } = fakeApp();
    const model = createFrameworkImportModel(app);
    const fw = { ...(await import("@/commitment-framework/template")).templateFramework(), id: "built-in-test" };
    await model.chooseFiles([csv("copy.json", JSON.stringify(fw))]);
    expect(model.step.value).toBe("choose");
    expect(model.fileProblem.value).toEqual(["This framework has the id of the built-in one (built-in-test), which cannot be replaced: give it an id of its own."]);
  });
});
