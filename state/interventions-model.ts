import { signal } from "@preact/signals";
import type { Cycle } from "@/graduated-approach/cycle";
import type { Pupil } from "@/graduated-approach/pupil";
import { withCurrentYearGroup } from "@/graduated-approach/pupil-upgrades";
import type { EditResult } from "@/provision-map/roster-edit";
import type { Intervention } from "@/provision-map/intervention";
import { interventionFromForm, type InterventionFormError, type InterventionFormValues } from "@/provision-map/intervention-form";
import { logSession } from "@/provision-map/session-log";

type Loaded<T> = Promise<{ records: T[]; quarantined: readonly unknown[] }>;

/** The parts of the stores this model uses. */
export interface InterventionStores {
  interventions: { put(value: Intervention): Promise<void>; getAll(): Loaded<Intervention>; delete?(id: string): Promise<void> };
  pupils: { getAll(): Loaded<Pupil> };
  /** For the provision map's plan costs; without it only group costs are counted. */
  cycles?: { getAll(): Loaded<Cycle> };
}

export interface InterventionsModelDeps {
  /** The stores as they are now (rebuilt after unlocking, so ask each time). */
  stores(): InterventionStores;
  now(): Date;
  newId?(): string;
}

/** A pupil as the intervention screens show them: only what is needed to pick and name them. */
export interface RegisterEntry {
  id: string;
  name: string;
  yearGroup: string;
  /** Archived pupils keep their names in the groups they were in, but cannot be added to a new one. */
  archived: boolean;
}

const byName = (a: Intervention, b: Intervention) => a.name.localeCompare(b.name);

/** The setting's group interventions and the register (to name pupils and pick them); every change is saved at once. */
export function createInterventionsModel(deps: InterventionsModelDeps) {
  const interventions = signal<Intervention[]>([]);
  const register = signal<RegisterEntry[]>([]);
  /** Every pupil and cycle, for the provision map, totals and the governors' report. */
  const pupils = signal<Pupil[]>([]);
  const cycles = signal<Cycle[]>([]);
  /** The intervention just deleted, until Undo or the next deletion. */
  const deleted = signal<Intervention | null>(null);
  const unreadable = signal(0);
  const loaded = signal(false);
  const problem = signal<string | null>(null);
  let generation = 0;
  const nowIso = () => deps.now().toISOString();

  async function save(intervention: Intervention): Promise<boolean> {
    try {
      await deps.stores().interventions.put(intervention);
      interventions.value = [...interventions.value.filter((i) => i.id !== intervention.id), intervention].sort(byName);
      problem.value = null;
      return true;
    } catch (e) {
      problem.value = `${intervention.name} could not be saved: ${e instanceof Error ? e.message : String(e)}`;
      return false;
    }
  }

  return {
    interventions,
    register,
    pupils,
    cycles,
    deleted,
    unreadable,
    loaded,
    problem,
    async load() {
      const started = generation;
      const stores = deps.stores();
      const [found, everyone, plans] = await Promise.all([
        stores.interventions.getAll(),
        stores.pupils.getAll(),
        stores.cycles?.getAll() ?? { records: [], quarantined: [] },
      ]);
      if (started !== generation) return;
      interventions.value = [...found.records].sort(byName);
      unreadable.value = found.quarantined.length;
      const today = deps.now().toISOString().slice(0, 10);
      pupils.value = everyone.records.map((p) => withCurrentYearGroup(p, today));
      cycles.value = plans.records;
      register.value = pupils.value
        .map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, yearGroup: p.yearGroup, archived: Boolean(p.archivedOn) }))
        .sort((a, b) => a.name.localeCompare(b.name));
      loaded.value = true;
    },
    /** Forgets everything held in memory (on lock). */
    clear() {
      generation += 1;
      interventions.value = [];
      register.value = [];
      pupils.value = [];
      cycles.value = [];
      deleted.value = null;
      unreadable.value = 0;
      loaded.value = false;
      problem.value = null;
    },
    /** Saves a new intervention from the form; returns its errors, or its id once saved. */
    async create(form: InterventionFormValues): Promise<{ ok: true; id: string } | { ok: false; errors: InterventionFormError[] }> {
      const result = interventionFromForm(form, { id: deps.newId?.() ?? `intervention-${crypto.randomUUID()}`, now: nowIso() });
      if (!result.ok) return result;
      return (await save(result.intervention)) ? { ok: true, id: result.intervention.id } : { ok: false, errors: [] };
    },
    /** Applies one edit (roster, measure, values, details) and saves it; returns a message when it cannot. */
    async update(interventionId: string, edit: (intervention: Intervention, now: string) => EditResult): Promise<string | null> {
      const intervention = interventions.value.find((i) => i.id === interventionId);
      if (!intervention) return "That intervention is no longer here. Reload the page.";
      const result = edit(intervention, nowIso());
      if (!result.ok) return result.message;
      return (await save(result.intervention)) ? null : problem.value;
    },
    /** Deletes an intervention; Undo (restore) puts it back as it was. */
    async remove(interventionId: string): Promise<string | null> {
      const intervention = interventions.value.find((i) => i.id === interventionId);
      if (!intervention) return null;
      try {
        await deps.stores().interventions.delete?.(interventionId);
      } catch (e) {
        return (problem.value = `${intervention.name} could not be deleted: ${e instanceof Error ? e.message : String(e)}`);
      }
      interventions.value = interventions.value.filter((i) => i.id !== interventionId);
      deleted.value = intervention;
      return null;
    },
    async restore(): Promise<void> {
      const intervention = deleted.value;
      if (!intervention) return;
      deleted.value = null;
      await save(intervention);
    },
    dismissDeleted() {
      deleted.value = null;
    },
    /** Logs one session for the whole group; returns a message when it cannot. */
    async logSession(interventionId: string, entry: { date: string; delivered: boolean; absentPupilIds: string[] }): Promise<string | null> {
      const intervention = interventions.value.find((i) => i.id === interventionId);
      if (!intervention) return "That intervention is no longer here. Reload the page.";
      const result = logSession(intervention, entry, nowIso());
      if (!result.ok) return result.message;
      return (await save(result.intervention)) ? null : problem.value;
    },
  };
}

export type InterventionsModel = ReturnType<typeof createInterventionsModel>;
