import { batch, computed, signal } from "@preact/signals";
import { Cycle, newCycle } from "@/graduated-approach/cycle";
import type { ReviewStage } from "@/graduated-approach/cycle-stages";
import { pruneReferences } from "@/graduated-approach/cycle-edit";
import { dueList } from "@/graduated-approach/due-list";
import { nextCycleFrom } from "@/graduated-approach/next-cycle";
import type { PackExport } from "@/graduated-approach/pack-export";
import type { ParentMeeting } from "@/graduated-approach/parent-meeting";
import type { Pupil } from "@/graduated-approach/pupil";
import { withCurrentYearGroup } from "@/graduated-approach/pupil-upgrades";
import { openCycle } from "@/graduated-approach/pupil-cycles";
import type { Intervention } from "@/provision-map/intervention";
import { mentionsPupil, withoutPupil } from "@/provision-map/without-pupil";
import type { Audit } from "@/self-audit/audit";
import { markLoadStart, timedRead } from "./read-timing";
import { createCyclesInMemory } from "./cycles-in-memory";
import { readRegister, type Loaded, type RegisterStores } from "./read-register";
import { announcePupilsChanged } from "./records-changed";
import { createUndo } from "./undo";

interface Store<T> {
  put(value: T, options?: { overwrite?: boolean }): Promise<void>;
  getAll(): Promise<Loaded<T>>;
  delete(id: string): Promise<void>;
}

/**
 * The stores the model needs, as they are now (they are rebuilt when the data is unlocked). Audits and the
 * setting are read only, for the evidence pack; without them the pack has no self-audit and no setting name.
 */
export type PupilsStorage = () => {
  pupils: Store<Pupil> & RegisterStores["pupils"];
  /** With `getAllByIndex`, one pupil's cycles are read when they are first needed; without it, all of them at once. */
  cycles: Store<Cycle> & { getAllByIndex?(index: "byPupil", pupilId: string): Promise<Loaded<Cycle>> };
  /**
   * Each pupil's cycle summary (storage keeps it in step with the cycles): with it, loading reads a summary per
   * pupil rather than every cycle. Without it (in-memory test stores), every cycle is read at load.
   */
  summaries?: RegisterStores["summaries"];
  /** Every pupil and summary in one record, read at load when it matches the stores. */
  register?: RegisterStores["register"];
  audits?: { getAll(): Promise<{ records: Audit[] }> };
  settings?: { get(): Promise<{ name: string } | undefined> };
  /** Group interventions: a deleted pupil is taken out of every one (and put back by Undo). */
  interventions?: Pick<Store<Intervention>, "put" | "getAll">;
  /** Deletes a pupil and their cycles in one transaction; without it (in-memory test stores) one by one. */
  deletePupilAndCycles?(pupilId: string): Promise<number>;
};

/** The setting's most recently completed self-audit, if any. */
function latestCompleted(audits: readonly Audit[]): Audit | undefined {
  return audits
    .filter((a) => a.completedOn)
    .sort((a, b) => b.completedOn!.localeCompare(a.completedOn!) || b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** A save refused because another window changed or deleted the record first (see storage/stale-write.ts). */
export interface SaveConflict {
  kind: "pupil" | "cycle";
  id: string;
  /** "changed" or "deleted" in the other window. */
  theirs: "changed" | "deleted";
  /** Who or what it is, for the message: "Ada Example's record", "Ada Example's cycle 2". */
  label: string;
}

function staleKind(error: unknown): "changed" | "deleted" | null {
  if (!(error instanceof Error) || error.name !== "StaleWriteError") return null;
  return (error as Error & { kind?: string }).kind === "deleted" ? "deleted" : "changed";
}

export interface PupilsModelOptions {
  /** Milliseconds to wait after the last edit before saving a cycle. */
  autosaveMs?: number;
  /** How long the "Undo" button stays, in milliseconds. */
  undoMs?: number;
  makeId?: () => string;
}

/** Pupils and their cycles in signals, with actions that save as they go. `today` is read on each use. */
export function createPupilsModel(storage: PupilsStorage, today: () => string, options: PupilsModelOptions = {}) {
  const { autosaveMs = 600, undoMs = 30_000, makeId = () => crypto.randomUUID() } = options;
  const pupils = signal<Pupil[]>([]);
  const quarantined = signal<{ store: string; id: string; reason: string }[]>([]);
  const saveState = signal<"saved" | "saving" | "failed">("saved");
  const problem = signal<string | null>(null);
  const conflict = signal<SaveConflict | null>(null);
  /** The version this window tried to save, for "Keep mine". */
  let refused: { kind: "pupil"; value: Pupil } | { kind: "cycle"; value: Cycle } | null = null;
  const loaded = signal(false);
  const latestAudit = signal<Audit | undefined>(undefined);
  const settingName = signal("");
  /** Group interventions, read when a pupil page opens (not at start-up), for each pupil's groups and costs. */
  const interventions = signal<Intervention[]>([]);
  /** Cycles are read a pupil at a time, when first needed; each pupil's summary serves the Due view. */
  const held = createCyclesInMemory({
    cycles: () => storage().cycles,
    writes: () => writes,
    generation: () => generation,
    keepNewer: (read, current, since) => keepNewer(read, current, since),
    quarantined,
  });
  const { cycles, byPupil, summaries, summaryOf } = held;
  const due = computed(() => dueList(pupils.value, summaryOf, today()));
  const undo = createUndo(undoMs);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Names this model's news to other windows, so it does not reload its own saves. */
  const sender = crypto.randomUUID();
  /** Bumped by clear(): a load still reading when the data was locked throws its result away. */
  let generation = 0;

  async function guard<T>(work: () => Promise<T>, onStale?: (theirs: "changed" | "deleted") => void): Promise<T> {
    saveState.value = "saving";
    try {
      const result = await work();
      saveState.value = pending.size ? "saving" : "saved";
      problem.value = null;
      announcePupilsChanged(sender);
      return result;
    } catch (e) {
      saveState.value = "failed";
      const theirs = staleKind(e);
      if (theirs && onStale) onStale(theirs);
      else problem.value = `Your last change was not saved: ${e instanceof Error ? e.message : String(e)}`;
      throw e;
    }
  }

  const nameOf = (pupilId: string) => {
    const p = pupilById(pupilId);
    return p ? `${p.firstName} ${p.lastName}` : "this pupil";
  };

  /** When each record was last saved or deleted here, counted in writes, so a load can tell what changed since it began. */
  let writes = 0;
  const lastWrite = new Map<string, number>();
  const wrote = (id: string) => lastWrite.set(id, ++writes);
  const setPupil = (p: Pupil) => {
    wrote(p.id);
    pupils.value = [...pupils.value.filter((x) => x.id !== p.id), p];
  };
  const setCycle = (c: Cycle) => {
    wrote(c.id);
    cycles.value = [...cycles.value.filter((x) => x.id !== c.id), c];
  };
  /** What a load read, with the records saved since it began kept as they are in memory. */
  const keepNewer = <T extends { id: string }>(read: T[], current: T[], since: number): T[] => {
    const changed = (r: T) => (lastWrite.get(r.id) ?? 0) > since || pending.has(r.id) || saving.has(r.id);
    return [...read.filter((r) => !changed(r)), ...current.filter(changed)];
  };
  // Looked up by id for every Due item and register row, so kept as maps rather than searched each time.
  const pupilIndex = computed(() => new Map(pupils.value.map((p) => [p.id, p])));
  const cycleIndex = computed(() => new Map(cycles.value.map((c) => [c.id, c])));
  const pupilById = (id: string) => pupilIndex.value.get(id);
  const cycleById = (id: string) => cycleIndex.value.get(id);
  const stamp = (p: Pupil): Pupil => ({ ...p, updatedAt: new Date().toISOString() });

  /**
   * Records being written now. A load that reads while a save is on its way to the database could see the record
   * as it was: such a record is kept as it is in memory, and counted as written again once its save is over.
   */
  const saving = new Set<string>();
  async function writing(id: string, work: () => Promise<void>) {
    saving.add(id);
    try {
      await work();
    } finally {
      saving.delete(id);
      wrote(id);
    }
  }

  async function savePupil(p: Pupil) {
    setPupil(p);
    await guard(
      () => writing(p.id, () => storage().pupils.put(p)),
      (theirs) => {
        refused = { kind: "pupil", value: p };
        conflict.value = { kind: "pupil", id: p.id, theirs, label: `${p.firstName} ${p.lastName}'s record` };
      },
    );
  }

  async function saveCycleNow(c: Cycle) {
    clearTimeout(pending.get(c.id));
    pending.delete(c.id);
    const cycle = Cycle.parse(c);
    await guard(
      () => writing(cycle.id, () => storage().cycles.put(cycle)),
      (theirs) => {
        refused = { kind: "cycle", value: cycle };
        conflict.value = { kind: "cycle", id: c.id, theirs, label: `${nameOf(c.pupilId)}'s cycle ${c.number}` };
      },
    );
  }

  /** Takes the pupil out of every intervention that mentions them; returns those interventions as they were, for Undo. */
  async function removeFromInterventions(pupilId: string): Promise<Intervention[]> {
    const store = storage().interventions;
    if (!store) return [];
    const theirs = (await store.getAll()).records.filter((i) => mentionsPupil(i, pupilId));
    const now = new Date().toISOString();
    for (const group of theirs) await store.put(withoutPupil(group, pupilId, now));
    return theirs;
  }

  /**
   * Reads the register: every pupil and their cycle summaries (the Due view needs nothing more), and again the
   * cycles of pupils whose cycles are in memory. Summaries that may be out of date (after a restore or an upgrade)
   * or unreadable are worked out again from every cycle first.
   */
  async function load() {
    const started = generation;
    const since = writes;
    const stores = storage();
    markLoadStart();
    const [register, setting] = await Promise.all([readRegister(stores), stores.settings?.get()]);
    const { pupils: p, summaries: summaryRecords, everyCycle } = register;
    // The cycles in memory are read again, so what another window changed shows.
    const again = await held.reread(Boolean(stores.summaries), everyCycle, since);
    const unreadableCycles = [...register.unreadableCycles, ...again.quarantined.filter((q) => !register.unreadableCycles.some((u) => u.id === q.id))];
    if (started !== generation) return;
    batch(() => {
      pupils.value = keepNewer(p.records, pupils.value, since).map((pupil) => withCurrentYearGroup(pupil, today()));
      again.apply(summaryRecords);
      settingName.value = setting?.name ?? "";
      quarantined.value = [...p.quarantined, ...unreadableCycles];
      loaded.value = true;
    });
    // Once the Due view is on screen: a snapshot for the next unlock, if this read the stores one by one.
    if (register.saveSnapshot) setTimeout(() => void (started === generation ? register.saveSnapshot?.().catch(() => undefined) : undefined), 0);
  }

  return {
    sender, pupils, cycles, quarantined, saveState, problem, conflict, loaded, byPupil, due, summaries, latestAudit, settingName, interventions,
    /** Whether every cycle of this pupil is in memory (else `ensureCycles` reads them). */
    cyclesReady: held.ready,
    /** Reads one pupil's cycles, unless they are in memory already. */
    ensureCycles: held.ensure,
    /** Reads every cycle (for views of the whole setting, such as its costs). */
    loadAllCycles: held.loadAll,
    /** Whether every pupil's cycles are in memory. */
    allCyclesLoaded: held.allLoaded,
    summaryOf,
    /**
     * Reads the group interventions and the latest self-audit again, each time a pupil page opens (not at unlock),
     * so a change in the workspace shows: for the pupil's groups and costs, and the evidence pack.
     */
    async loadGroupsAndAudit() {
      const started = generation;
      const stores = storage();
      const [groups, audits] = await Promise.all([
        stores.interventions?.getAll(),
        stores.audits ? timedRead("audits", stores.audits.getAll()) : undefined,
      ]);
      if (started !== generation) return;
      batch(() => {
        if (groups) interventions.value = groups.records;
        if (audits) latestAudit.value = latestCompleted(audits.records);
      });
    },
    undoOffer: undo.offer,
    cyclesOf: (pupilId: string) => byPupil.value.get(pupilId) ?? [],
    pupilById,
    cycleById,
    load,
    /** After a refused save: take the other window's version (this window's change is dropped). */
    async reloadTheirs() {
      const stale = conflict.value;
      if (!stale) return;
      lastWrite.delete(stale.id);
      clearTimeout(pending.get(stale.id));
      pending.delete(stale.id);
      if (stale.theirs === "deleted") {
        batch(() => {
          if (stale.kind === "pupil") pupils.value = pupils.value.filter((x) => x.id !== stale.id);
          else cycles.value = cycles.value.filter((x) => x.id !== stale.id);
        });
      }
      refused = null;
      batch(() => {
        conflict.value = null;
        saveState.value = "saved";
      });
      await load();
    },
    /** After a refused save: save this window's version over the other window's. */
    async keepMine() {
      const mine = refused;
      if (!conflict.value || !mine) return;
      await guard(async () => {
        if (mine.kind === "pupil") await storage().pupils.put(mine.value, { overwrite: true });
        else await storage().cycles.put(mine.value, { overwrite: true });
      });
      refused = null;
      conflict.value = null;
    },
    addPupil: (p: Pupil) => savePupil(p),
    editPupil: (p: Pupil) => savePupil(stamp(p)),
    archivePupil: (id: string) => savePupil(stamp({ ...pupilById(id)!, archivedOn: today() })),
    restorePupil: (id: string) => savePupil(stamp({ ...pupilById(id)!, archivedOn: undefined })),
    async addMeeting(pupilId: string, meeting: Omit<ParentMeeting, "id" | "pupilId">) {
      const p = pupilById(pupilId)!;
      await savePupil(stamp({ ...p, meetings: [...(p.meetings ?? []), { ...meeting, id: makeId(), pupilId }] }));
    },
    /** Notes on the pupil's record that an evidence pack was saved, so the SENCO can see what left and when. */
    async recordExport(pupilId: string, kind: PackExport["kind"], pseudonymised: boolean) {
      const p = pupilById(pupilId)!;
      const entry: PackExport = { id: makeId(), pupilId, kind, pseudonymised, exportedAt: new Date().toISOString() };
      await savePupil(stamp({ ...p, exports: [...(p.exports ?? []), entry] }));
    },
    async openCycle(pupilId: string): Promise<Cycle> {
      await held.ensure(pupilId);
      const mine = byPupil.value.get(pupilId) ?? [];
      const existing = openCycle(mine);
      if (existing) return existing;
      const cycle = newCycle(pupilId, Math.max(0, ...mine.map((c) => c.number)) + 1, today(), makeId());
      setCycle(cycle);
      await saveCycleNow(cycle);
      return cycle;
    },
    /** Shows the edit at once and saves it when typing pauses. */
    updateCycle(edited: Cycle) {
      const cycle = pruneReferences(edited);
      setCycle(cycle);
      clearTimeout(pending.get(cycle.id));
      saveState.value = "saving";
      pending.set(cycle.id, setTimeout(() => void saveCycleNow(cycleById(cycle.id) ?? cycle).catch(() => {}), autosaveMs));
    },
    /** Saves every edit still waiting for its pause. */
    async flush() {
      const ids = [...pending.keys()];
      await Promise.all(ids.map(cycleById).filter((c): c is Cycle => Boolean(c)).map(saveCycleNow));
    },
    /** Forgets every pupil and cycle held in memory (on lock); edits still waiting are dropped, so flush first. */
    clear() {
      generation += 1;
      refused = null;
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      undo.dismiss();
      held.clear();
      batch(() => {
        pupils.value = [];
        quarantined.value = [];
        latestAudit.value = undefined;
        settingName.value = "";
        interventions.value = [];
        problem.value = null;
        conflict.value = null;
        saveState.value = "saved";
        loaded.value = false;
      });
      // A computed value keeps its last result until it is read again: read the indexes now, so the maps of
      // the records just forgotten are let go at once rather than kept in memory while locked.
      void pupilIndex.value;
      void cycleIndex.value;
    },
    /** Records the review, closes the cycle and opens the next one pre-filled from it. */
    async closeReview(cycleId: string, review: ReviewStage): Promise<Cycle> {
      const current = cycleById(cycleId)!;
      const closed = Cycle.parse({ ...current, status: "closed", stages: { ...current.stages, review: { ...review, reviewedOn: review.reviewedOn ?? today() } } });
      const next = nextCycleFrom(closed, today(), makeId);
      batch(() => {
        setCycle(closed);
        setCycle(next);
      });
      await saveCycleNow(closed);
      await saveCycleNow(next);
      return next;
    },
    async deleteCycle(cycleId: string) {
      const removed = cycleById(cycleId);
      if (!removed) return;
      wrote(cycleId);
      cycles.value = cycles.value.filter((c) => c.id !== cycleId);
      clearTimeout(pending.get(cycleId));
      pending.delete(cycleId);
      await guard(() => storage().cycles.delete(cycleId));
      undo.show(`Cycle ${removed.number} deleted.`, async () => {
        setCycle(removed);
        await saveCycleNow(removed);
      }, `Cycle ${removed.number} restored.`);
    },
    async deletePupil(pupilId: string) {
      const removed = pupilById(pupilId);
      if (!removed) return;
      // Their cycles are kept in memory for Undo, so they are read first if they are not there yet.
      await held.ensure(pupilId);
      const theirCycles = byPupil.value.get(pupilId) ?? [];
      for (const id of [pupilId, ...theirCycles.map((c) => c.id)]) wrote(id);
      batch(() => {
        pupils.value = pupils.value.filter((p) => p.id !== pupilId);
        cycles.value = cycles.value.filter((c) => c.pupilId !== pupilId);
      });
      let theirGroups: Intervention[] = [];
      await guard(async () => {
        const stores = storage();
        theirGroups = await removeFromInterventions(pupilId);
        if (stores.deletePupilAndCycles) {
          await stores.deletePupilAndCycles(pupilId);
          return;
        }
        for (const c of theirCycles) await stores.cycles.delete(c.id);
        await stores.pupils.delete(pupilId);
      });
      undo.show(`${removed.firstName} ${removed.lastName} deleted.`, async () => {
        await savePupil(removed);
        for (const c of theirCycles) {
          setCycle(c);
          await saveCycleNow(c);
        }
        for (const group of theirGroups) await storage().interventions?.put(group);
      }, `${removed.firstName} ${removed.lastName} restored.`);
    },
    undo: undo.run,
    dismissUndo: undo.dismiss,
  };
}

export type PupilsModel = ReturnType<typeof createPupilsModel>;
