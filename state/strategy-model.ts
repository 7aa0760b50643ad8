import { signal } from "@preact/signals";
import type { Framework } from "@/commitment-framework/schema";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { buildStrategyDraft } from "@/inclusion-strategy/build-draft";
import { InclusionStrategy, STRATEGY_ID } from "@/inclusion-strategy/strategy-schema";
import { describeStrategyProblem } from "@/inclusion-strategy/strategy-problems";
import type { Intervention } from "@/provision-map/intervention";
import type { Audit } from "@/self-audit/audit";

type Loaded<T> = Promise<{ records: T[]; quarantined: readonly unknown[] }>;

/** The parts of the stores the strategy editor uses. */
export interface StrategyStores {
  strategies: { get(id: string): Promise<InclusionStrategy | undefined>; put(value: InclusionStrategy): Promise<void> };
  interventions: { getAll(): Loaded<Intervention> };
  pupils: { getAll(): Loaded<Pupil> };
  cycles: { getAll(): Loaded<Cycle> };
  audits: { getAll(): Loaded<Audit> };
}

export interface StrategyModelDeps {
  stores(): StrategyStores;
  framework(): Framework;
  settingName(): string;
  now(): Date;
  saveDelayMs?: number;
}

/** The inclusion strategy draft: loaded (or first drafted from the records), edited, and saved as you type. */
export function createStrategyModel(deps: StrategyModelDeps) {
  const strategy = signal<InclusionStrategy | null>(null);
  const problem = signal<string | null>(null);
  const saved = signal(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const today = () => deps.now().toISOString().slice(0, 10);

  async function draftFromRecords(): Promise<InclusionStrategy> {
    const stores = deps.stores();
    const [interventions, pupils, cycles, audits] = await Promise.all([
      stores.interventions.getAll(), stores.pupils.getAll(), stores.cycles.getAll(), stores.audits.getAll(),
    ]);
    const framework = deps.framework();
    const audit = audits.records
      .filter((a) => a.frameworkId === framework.id)
      .sort((a, b) => (b.completedOn ?? b.startedOn).localeCompare(a.completedOn ?? a.startedOn))[0];
    return buildStrategyDraft({
      settingName: deps.settingName(), framework, audit,
      interventions: interventions.records, pupils: pupils.records, cycles: cycles.records, today: today(),
    });
  }

  async function save(): Promise<void> {
    timer = undefined;
    const value = strategy.value;
    if (!value) return;
    const checked = InclusionStrategy.safeParse({ ...value, updatedAt: deps.now().toISOString() });
    if (!checked.success) {
      problem.value = `Not saved yet. ${describeStrategyProblem(checked.error.issues[0]!)}.`;
      return;
    }
    try {
      await deps.stores().strategies.put(checked.data);
      problem.value = null;
      saved.value = true;
    } catch (e) {
      problem.value = `The strategy could not be saved: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  return {
    strategy,
    problem,
    saved,
    async load() {
      const started = ++generation;
      const stored = await deps.stores().strategies.get(STRATEGY_ID);
      const value = stored ?? (await draftFromRecords());
      if (started !== generation) return;
      strategy.value = value;
      if (!stored) await save();
    },
    /** Changes the draft in memory and saves it shortly after (edits in a row are saved once). */
    update(change: (s: InclusionStrategy) => InclusionStrategy) {
      if (!strategy.value) return;
      strategy.value = change(strategy.value);
      saved.value = false;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), deps.saveDelayMs ?? 500);
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        await save();
      }
    },
    /** Replaces the draft with a fresh one from the current records (the editor asks first). */
    async redraft() {
      strategy.value = await draftFromRecords();
      await save();
    },
    clear() {
      generation += 1;
      if (timer) clearTimeout(timer);
      timer = undefined;
      strategy.value = null;
      problem.value = null;
    },
  };
}
export type StrategyModel = ReturnType<typeof createStrategyModel>;
