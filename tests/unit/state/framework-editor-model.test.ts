import { describe, expect, it } from "vitest";
import { moveItem, newStatement, publishedFileName, removeItem, updateItem } from "@/commitment-framework/edit-framework";
import { Framework } from "@/commitment-framework/schema";
import { templateFramework } from "@/commitment-framework/template";
import type { AppModel } from "@/state/app-model";
import { createFrameworkEditorModel } from "@/state/framework-editor-model";

const start = () => Framework.parse(templateFramework());

function editor() {
  const used: Framework[] = [];
  const app = { useFramework: async (fw: Framework) => void used.push(fw), builtInFrameworkId: "built-in-test" } as unknown as AppModel;
  return { model: createFrameworkEditorModel(app, start()), used };
}

describe("the framework editor", () => {
  it("asks for a new version number before anything can be published", () => {
    const { model } = editor();
    expect(model.problems.value).toEqual(["Draft: version is still 2026.1: give this version a new number before publishing."]);
    expect(model.publishable.value).toBeUndefined();
    model.set({ ...model.draft.value, version: "2026.2" });
    expect(model.problems.value).toEqual([]);
    expect(model.publishable.value?.version).toBe("2026.2");
  });

  it("checks as you type: an empty text and a level that does not exist are named beside their fields", () => {
    const { model } = editor();
    let draft = { ...model.draft.value, version: "2026.2" };
    draft = updateItem(draft, "statements", "ci-1", { text: "" });
    draft = updateItem(draft, "statements", "semh-2", { level: "band-9" });
    model.set(draft);
    expect(model.fieldErrors.value.get("statements.1.text")).toBe("must not be empty");
    expect(model.publishable.value).toBeUndefined();
    model.set(updateItem(draft, "statements", "ci-1", { text: "Adults show each instruction with a picture." }));
    expect(model.fieldErrors.value.get("statements.4.level")).toBe('level "band-9" is not one of the framework\'s levels');
    expect(model.problems.value).toEqual(['Draft: statement 5 (semh-2) level: level "band-9" is not one of the framework\'s levels.']);
  });

  it("adds, moves and removes statements, descriptors, catalogue items and levels by id", () => {
    const fw = start();
    const added = { ...fw, statements: [...fw.statements, newStatement(fw, "semh", "need-descriptor")] };
    expect(added.statements.at(-1)).toMatchObject({ id: "semh-d-6", kind: "need-descriptor", area: "semh", level: "band-1" });
    expect(moveItem(fw, "statements", "ci-1", -1).statements.map((s) => s.id).slice(0, 2)).toEqual(["ci-1", "inc-1"]);
    expect(moveItem(fw, "statements", "inc-1", -1)).toBe(fw);
    expect(removeItem(fw, "catalogue", "lang-group").catalogue.map((c) => c.id)).toEqual(["slt-1to1"]);
    expect(moveItem(fw, "levels", "band-5", 1)).toBe(fw);
    expect(publishedFileName({ id: "exampleshire-oap", version: "2027 draft/1" })).toBe("exampleshire-oap-2027-draft-1.json");
  });

  it("publishes the checked framework and makes the setting use it", async () => {
    const { model, used } = editor();
    model.set({ ...model.draft.value, version: "2026.2" });
    await model.publishAndUse(model.publishable.value!);
    expect(used.map((f) => f.version)).toEqual(["2026.2"]);
  });

  it("gives an edit of the built-in framework an id of its own, as the built-in one cannot be replaced", () => {
    const app = { builtInFrameworkId: "exampleshire-oap" } as unknown as AppModel;
    const model = createFrameworkEditorModel(app, start());
    expect(model.draft.value.id).toBe("exampleshire-oap-local");
    model.set({ ...model.draft.value, id: "exampleshire-oap", version: "2026.2" });
    expect(model.problems.value).toEqual(["Draft: id is the built-in framework's, which cannot be replaced: give this framework an id of its own."]);
    expect(model.publishable.value).toBeUndefined();
  });
});
