import type { Cycle } from "@/graduated-approach/cycle";
import type { CycleSummary } from "@/graduated-approach/cycle-summary";
import type { Pupil } from "@/graduated-approach/pupil";
import { timedRead } from "./read-timing";

type Quarantined = { store: string; id: string; reason: string };
export type Loaded<T> = { records: T[]; quarantined: Quarantined[] };

/** What reading the register needs of storage (storage/create-storage.ts gives all of it; test stores less). */
export interface RegisterStores {
  pupils: {
    getAll(): Promise<Loaded<Pupil>>;
    /** For the register snapshot: see storage/record-store.ts. */
    writesSoFar?(): number;
    noteRead?(revisions: readonly (readonly [string, number])[], since: number): void;
    revisionOf?(id: string): number | undefined;
  };
  cycles: { getAll(): Promise<Loaded<Cycle>> };
  /** Each pupil's cycle summary; without it every cycle is read. */
  summaries?: {
    getAll(): Promise<Loaded<CycleSummary> & { stale: boolean }>;
    /** Works every summary out again from the cycles; returns them, and the cycles it could not read. */
    rebuild(): Promise<Loaded<CycleSummary>>;
  };
  /** Every pupil and summary in one record (storage/register-snapshot.ts). */
  register?: {
    read(): Promise<{ version: number; snapshot?: { pupils: { rev: number; value: Pupil }[]; summaries: CycleSummary[] } }>;
    write(version: number, snapshot: { pupils: { rev: number; value: Pupil }[]; summaries: CycleSummary[] }): Promise<boolean>;
  };
}

export interface RegisterRead {
  pupils: Loaded<Pupil>;
  /** Each pupil's cycle summary; undefined when there is no summary store and `everyCycle` was read instead. */
  summaries?: CycleSummary[];
  /** Every cycle, read only when there is no summary store. */
  everyCycle?: Loaded<Cycle>;
  /** Cycles found unreadable on the way (rebuilding summaries reads them all). */
  unreadableCycles: Quarantined[];
  /**
   * Saves a register snapshot of what was read, for the next unlock, when it came from the stores and all of it
   * could be read; run it once what was read is on screen. Does nothing if anything changed meanwhile.
   */
  saveSnapshot?: () => Promise<void>;
}

/**
 * Reads every pupil and their cycle summaries: from the register snapshot when it matches the stores (one record),
 * else from the stores, rebuilding the summaries first where they may be out of date (after a restore or upgrade)
 * or cannot be read. `rebuilt`: the cycles a rebuild just made found unreadable (it is not done twice).
 */
export async function readRegister(stores: RegisterStores, rebuilt?: Quarantined[]): Promise<RegisterRead> {
  const since = stores.pupils.writesSoFar?.() ?? 0;
  const found = stores.register && stores.summaries ? await timedRead("register", stores.register.read()) : undefined;
  if (found?.snapshot) {
    const { pupils, summaries } = found.snapshot;
    // Saves check each pupil's revision against what was read: these were read here, from the snapshot.
    stores.pupils.noteRead?.(pupils.map((p) => [p.value.id, p.rev] as const), since);
    return { pupils: { records: pupils.map((p) => p.value), quarantined: [] }, summaries, unreadableCycles: [] };
  }
  const [pupils, stored, everyCycle] = await Promise.all([
    timedRead("pupils", stores.pupils.getAll()),
    stores.summaries ? timedRead("summaries", stores.summaries.getAll()) : undefined,
    stores.summaries ? undefined : timedRead("cycles", stores.cycles.getAll()),
  ]);
  if (!stores.summaries || !stored) return { pupils, everyCycle, unreadableCycles: everyCycle?.quarantined ?? [] };
  if (!rebuilt && (stored.stale || stored.quarantined.length > 0)) {
    // Then read again, so a snapshot saved afterwards is of the register as it stands after the rebuild.
    const { quarantined } = await stores.summaries.rebuild();
    return readRegister(stores, quarantined);
  }
  const summaries = stored.records;
  const unreadableCycles = rebuilt ?? [];
  const { register } = stores;
  const whole = pupils.quarantined.length === 0 && unreadableCycles.length === 0;
  const saveSnapshot =
    register && found && whole && stores.pupils.revisionOf
      ? async () => {
          const revs = pupils.records.map((p) => stores.pupils.revisionOf!(p.id));
          // A pupil saved here since the read: the version has moved on too, so the snapshot would not be kept.
          if (revs.some((rev) => rev === undefined)) return;
          await register.write(found.version, { pupils: pupils.records.map((value, i) => ({ rev: revs[i]!, value })), summaries });
        }
      : undefined;
  return { pupils, summaries, unreadableCycles, saveSnapshot };
}
