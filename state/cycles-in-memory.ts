import { batch, computed, signal, type Signal } from "@preact/signals";
import type { Cycle } from "@/graduated-approach/cycle";
import { summariseAll, summariseCycles, type CycleSummary } from "@/graduated-approach/cycle-summary";
import { cyclesByPupil } from "@/graduated-approach/pupil-cycles";
import type { Loaded } from "./read-register";

type Quarantined = Loaded<unknown>["quarantined"][number];

/** What the cycles in memory need of storage: with `getAllByIndex`, one pupil's cycles can be read. */
export interface CycleReads {
  getAll(): Promise<Loaded<Cycle>>;
  getAllByIndex?(index: "byPupil", pupilId: string): Promise<Loaded<Cycle>>;
}

/** What the pupils model tells the cycles in memory (see pupils-model.ts). */
export interface CyclesInMemoryContext {
  cycles: () => CycleReads;
  /** The model's write count now, taken when a read begins. */
  writes: () => number;
  /** The model's lock count now: a read that finishes after a lock throws its result away. */
  generation: () => number;
  /** What a read found, with the records saved here since it began (`since`) kept as they are in memory. */
  keepNewer: (read: Cycle[], current: Cycle[], since: number) => Cycle[];
  /** The list of unreadable records, which reads of cycles add to. */
  quarantined: Signal<Quarantined[]>;
}

/**
 * The cycles the side panel holds: every cycle of the pupils whose pages needed them (or of everyone), read when
 * first needed rather than at unlock, and each pupil's cycle summary (worked out from the cycles in memory where
 * they are, so edits not yet saved count, else as stored) for the Due view, the register and the badge.
 */
export function createCyclesInMemory(context: CyclesInMemoryContext) {
  /** Every cycle of each pupil in `cyclesFor`, and no others. */
  const cycles = signal<Cycle[]>([]);
  /** Whose cycles are in memory. */
  const cyclesFor = signal<ReadonlySet<string> | "all">(new Set());
  /** Each pupil's stored cycle summary (a pupil without one has no cycles), as read at the last load. */
  const storedSummaries = signal<ReadonlyMap<string, CycleSummary>>(new Map());
  const byPupil = computed(() => cyclesByPupil(cycles.value));
  const summaries = computed((): ReadonlyMap<string, CycleSummary> => {
    const held = cyclesFor.value;
    if (held === "all") return new Map(summariseAll(cycles.value).map((s) => [s.id, s]));
    const all = new Map(storedSummaries.value);
    for (const pupilId of held) {
      const theirs = byPupil.value.get(pupilId);
      if (theirs) all.set(pupilId, summariseCycles(pupilId, theirs));
      else all.delete(pupilId);
    }
    return all;
  });
  /** Reads of one pupil's cycles under way, so two screens asking at once share one read. */
  const reading = new Map<string, Promise<void>>();

  const ready = (pupilId: string) => {
    const held = cyclesFor.value;
    return held === "all" || held.has(pupilId);
  };

  /** Adds what a read found unreadable to the list, once each. */
  const noteQuarantined = (found: readonly Quarantined[]) => {
    const list = context.quarantined;
    const known = new Set(list.value.map((q) => `${q.store}/${q.id}`));
    const fresh = found.filter((q) => !known.has(`${q.store}/${q.id}`));
    if (fresh.length > 0) list.value = [...list.value, ...fresh];
  };

  /** Puts what a read of these pupils' cycles found in memory, keeping those saved here since it began. */
  const take = (pupilIds: ReadonlySet<string> | "all", read: readonly Cycle[], since: number) => {
    const theirs = (c: Cycle) => pupilIds === "all" || pupilIds.has(c.pupilId);
    cycles.value = [...cycles.value.filter((c) => !theirs(c)), ...context.keepNewer(read.filter(theirs), cycles.value.filter(theirs), since)];
  };

  /** Reads one pupil's cycles, unless they are in memory already. */
  function ensure(pupilId: string): Promise<void> {
    if (ready(pupilId)) return Promise.resolve();
    const already = reading.get(pupilId);
    if (already) return already;
    const started = context.generation();
    const since = context.writes();
    const store = context.cycles();
    const read = (async () => {
      const found = await readCyclesOf(store, [pupilId]);
      if (started !== context.generation()) return;
      const held = cyclesFor.value;
      batch(() => {
        take(new Set([pupilId]), found.records, since);
        if (held !== "all") cyclesFor.value = new Set([...held, pupilId]);
        noteQuarantined(found.quarantined);
      });
    })().finally(() => reading.delete(pupilId));
    reading.set(pupilId, read);
    return read;
  }

  /** Reads every cycle (for views of the whole setting, such as its costs). */
  async function loadAll(): Promise<void> {
    if (cyclesFor.value === "all") return;
    const started = context.generation();
    const since = context.writes();
    const found = await context.cycles().getAll();
    if (started !== context.generation()) return;
    batch(() => {
      take("all", found.records, since);
      cyclesFor.value = "all";
      noteQuarantined(found.quarantined);
    });
  }

  /**
   * Reads again every cycle of each pupil who has any in memory (or every cycle: `everyCycle` when the load read
   * them all already), so what another window changed shows; returns the function that puts them in memory with
   * the summaries just read, inside the model's own batch.
   */
  async function reread(perPupil: boolean, everyCycle: Loaded<Cycle> | undefined, since: number) {
    const held = cyclesFor.value;
    const inMemory = !perPupil || held === "all" ? "all" : new Set([...held, ...cycles.value.map((c) => c.pupilId)]);
    let again: Loaded<Cycle> = { records: [], quarantined: [] };
    if (inMemory === "all") again = everyCycle ?? (await context.cycles().getAll());
    else if (inMemory.size > 0) again = await readCyclesOf(context.cycles(), [...inMemory]);
    return {
      quarantined: again.quarantined,
      apply(summaries: readonly CycleSummary[] | undefined) {
        if (summaries) storedSummaries.value = new Map(summaries.map((summary) => [summary.id, summary]));
        take(inMemory, again.records, since);
        cyclesFor.value = inMemory;
      },
    };
  }

  return {
    cycles,
    byPupil,
    summaries,
    summaryOf: (pupilId: string) => summaries.value.get(pupilId),
    ready,
    ensure,
    loadAll,
    reread,
    allLoaded: computed(() => cyclesFor.value === "all"),
    /** Forgets every cycle and summary (on lock). */
    clear() {
      reading.clear();
      batch(() => {
        cycles.value = [];
        cyclesFor.value = new Set();
        storedSummaries.value = new Map();
      });
      // Computed values keep their last result until read again: read them now, so what was forgotten goes.
      void byPupil.value;
      void summaries.value;
    },
  };
}

/** These pupils' cycles, read by the cycles' pupil index (or, without it, picked from every cycle). */
async function readCyclesOf(store: CycleReads, pupilIds: readonly string[]): Promise<Loaded<Cycle>> {
  const wanted = new Set(pupilIds);
  if (!store.getAllByIndex) {
    const all = await store.getAll();
    return { ...all, records: all.records.filter((c) => wanted.has(c.pupilId)) };
  }
  const reads = await Promise.all(pupilIds.map((id) => store.getAllByIndex!("byPupil", id)));
  return { records: reads.flatMap((r) => r.records), quarantined: reads.flatMap((r) => r.quarantined) };
}
