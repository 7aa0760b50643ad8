import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import type { InclusionStrategy } from "@/inclusion-strategy/strategy-schema";
import { createStrategyModel } from "@/state/strategy-model";
import { group } from "../../fixtures/interventions";
import { fakePupil } from "../../fixtures/graduated";

const framework = loadBuiltInFramework();
const ada = fakePupil({ id: "p-ada", firstName: "Ada", lastName: "Example" });

function memory() {
  const saved: InclusionStrategy[] = [];
  const stores = {
    strategies: { get: async () => saved.at(-1), put: async (s: InclusionStrategy) => void saved.push(structuredClone(s)) },
    interventions: { getAll: async () => ({ records: [group({ fundingSource: "inclusive-mainstream-fund", roster: [{ pupilId: ada.id, joined: "2026-09-07" }] })], quarantined: [] }) },
    pupils: { getAll: async () => ({ records: [ada], quarantined: [] }) },
    cycles: { getAll: async () => ({ records: [], quarantined: [] }) },
    audits: { getAll: async () => ({ records: [], quarantined: [] }) },
  };
  return { saved, stores };
}

const deps = (stores: ReturnType<typeof memory>["stores"]) => ({
  stores: () => stores, framework: () => framework, settingName: () => "Testy McTestface Primary", now: () => new Date("2026-10-05T09:00:00Z"), saveDelayMs: 0,
});

describe("the strategy model", () => {
  it("drafts from the records on first open and saves the draft at once", async () => {
    const { saved, stores } = memory();
    const model = createStrategyModel(deps(stores));
    await model.load();
    expect(saved).toHaveLength(1);
    expect(model.strategy.value?.activities.map((a) => [a.name, a.fundingSource, a.forWhom])).toEqual([["Testy phonics group", "inclusive-mainstream-fund", "fewer than 3 pupils"]]);
    expect(model.strategy.value?.text.strengths).toBe("Complete a setting self-audit in SEND Companion to list your strengths here.");
  });

  it("keeps the school's edits: the stored draft opens as it was left", async () => {
    const { saved, stores } = memory();
    const first = createStrategyModel(deps(stores));
    await first.load();
    first.update((s) => ({ ...s, text: { ...s.text, context: "Written by the SENCO" } }));
    await first.flush();
    const second = createStrategyModel(deps(stores));
    await second.load();
    expect(second.strategy.value?.text.context).toBe("Written by the SENCO");
    expect(saved.at(-1)?.updatedAt).toBe("2026-10-05T09:00:00.000Z");
  });

  it("does not save a draft that breaks the rules, and says where in plain English", async () => {
    const { saved, stores } = memory();
    const model = createStrategyModel(deps(stores));
    await model.load();
    model.update((s) => ({ ...s, activities: [{ ...s.activities[0]!, name: " " }] }));
    await model.flush();
    expect(saved).toHaveLength(1);
    expect(model.problem.value).toBe("Not saved yet. Activity 1: name must not be empty.");
    expect(model.saved.value).toBe(false);
  });
});
