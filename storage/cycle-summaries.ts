import type { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { pauseEvery } from "./pause";
import { CompanionMovedError, createRecordStore, type LoadResult, type RecordStore, type WriteCompanion } from "./record-store";
import { invalidateRegister } from "./register-snapshot";
import type { RecordEnvelope } from "./schema";
import { clearSummariesStale, readSummariesStale } from "./summaries-stale";
import { allOrNothing } from "./write-transaction";

type Identified = { id: string };

/** Summaries encoded together before the page may take a turn, when rebuilding them all. */
const SEAL_BATCH = 100;
/** Cycles read (and decoded) at a time when rebuilding: only one page of cycles is in memory at once. */
const CYCLE_PAGE = 250;
/** Summaries written per transaction when rebuilding, so no one task queues thousands of writes. */
const WRITE_BATCH = 250;

type PupilCycle = Identified & { pupilId: string };

/** How the domain sums up one pupil's cycles (graduated-approach/cycle-summary.ts). */
export interface SummaryRules<C extends PupilCycle, S extends Identified> {
  schema: z.ZodType<S>;
  /** The summary of all of this pupil's cycles; its id must be the pupil's id. */
  summarise(pupilId: string, cycles: readonly C[]): S;
  /** The summary of two sets of one pupil's cycles together, from the summary of each. */
  combine(a: S, b: S): S;
}

export interface CycleSummaries<C extends PupilCycle, S extends Identified> {
  /** Every pupil's summary, and whether they may not match the cycles (after a restore, a merge or the upgrade). */
  getAll(): Promise<LoadResult<S> & { stale: boolean }>;
  /**
   * Works every summary out again from every cycle and writes them; returns the summaries, and the cycles that
   * could not be read (left out of their pupil's summary).
   */
  rebuild(): Promise<{ records: S[]; quarantined: LoadResult<C>["quarantined"] }>;
}

/** What the companion read of one pupil before the write: their summary's revision (0: none yet). */
interface Prepared {
  pupilId: string;
  rev: number;
  envelope: unknown;
  /** Whether the summary says something else now (else the register snapshot still holds). */
  changed: boolean;
}

/**
 * The cycle summaries, and the companion that keeps them in step: every write to the cycles store works out the
 * summaries of the pupils it touches from their cycles as stored plus the change, and writes them in the same
 * transaction. If a summary's revision moved before that transaction (another window saved one of the pupil's
 * cycles), the write is prepared again from the cycles as they are now.
 */
export function createCycleSummaries<C extends PupilCycle, S extends Identified>(
  db: SendDb,
  codec: RecordCodec,
  rules: SummaryRules<C, S>,
  cycles: () => RecordStore<C, "cycles">,
): { summaries: CycleSummaries<C, S>; companion: WriteCompanion<C> } {
  const store = createRecordStore(db, "summaries", rules.schema, codec);

  /** Each pupil's stored cycles (decoded; unreadable ones left out) other than `except`. */
  async function readCycles(stored: readonly RecordEnvelope[], except: ReadonlySet<string>): Promise<C[]> {
    const kept = stored.filter((envelope) => !except.has(envelope.id));
    const read = await Promise.all(kept.map((envelope) => cycles().check(envelope, { full: false })));
    return read.flatMap((r) => (r.ok ? [r.value] : []));
  }

  const companion: WriteCompanion<C> = {
    stores: ["summaries", "register", "meta"],
    async prepare({ put, deleted }) {
      const tx = db.transaction(["cycles", "summaries"], "readonly");
      const cycleStore = tx.objectStore("cycles");
      // A changed or deleted cycle's pupil as stored (a cycle moved to another pupil changes both summaries).
      const before = await Promise.all([...put.map((c) => c.id), ...deleted].map((id) => cycleStore.get(id)));
      const pupilIds = [...new Set([...put.map((c) => c.pupilId), ...before.flatMap((e) => (e ? [e.pupilId] : []))])];
      const perPupil = await Promise.all(
        pupilIds.map(async (pupilId) => {
          const [stored, summary] = await Promise.all([cycleStore.index("byPupil").getAll(pupilId), tx.objectStore("summaries").get(pupilId)]);
          return { pupilId, stored, summary, rev: summary?.rev ?? 0 };
        }),
      );
      await tx.done;
      const changed = new Set([...put.map((c) => c.id), ...deleted]);
      const prepared: Prepared[] = await Promise.all(
        perPupil.map(async ({ pupilId, stored, summary, rev }) => {
          const theirs = [...(await readCycles(stored, changed)), ...put.filter((c) => c.pupilId === pupilId)];
          const next = rules.summarise(pupilId, theirs);
          const before = summary ? await store.check(summary, { full: false }) : undefined;
          // Saved again even when it says the same, so its revision tells other windows a cycle moved.
          return { pupilId, rev, envelope: await store.seal(next, rev + 1), changed: !before?.ok || JSON.stringify(before.value) !== JSON.stringify(next) };
        }),
      );
      return async (wtx, track) => {
        const summaries = wtx.objectStore("summaries");
        const now = await Promise.all(prepared.map((p) => summaries.get(p.pupilId)));
        prepared.forEach((p, i) => {
          if ((now[i]?.rev ?? 0) !== p.rev) throw new CompanionMovedError();
        });
        for (const p of prepared) track(summaries.put(p.envelope as RecordEnvelope));
        if (prepared.some((p) => p.changed)) track(invalidateRegister(wtx));
      };
    },
  };

  const summaries: CycleSummaries<C, S> = {
    async getAll() {
      const tx = db.transaction("meta");
      const stale = (await readSummariesStale(tx)) !== undefined;
      const read = await store.getAll();
      return { ...read, stale };
    },

    async rebuild() {
      // The stale mark and each summary's revision first, then the cycles: a cycle saved in between moves its
      // pupil's summary on (that save wrote a right one), and that summary is left as it is.
      const tx = db.transaction(["summaries", "meta"]);
      const token = await readSummariesStale(tx);
      const revs = new Map((await tx.objectStore("summaries").getAll()).map((e) => [e.id, e.rev ?? 0]));
      // Every pupil with a summary gets one again (none left: no cycles); cycles are read a page at a time and
      // folded into their pupil's summary, so the whole set of cycles is never held at once.
      const found = new Map<string, S>([...revs.keys()].map((id) => [id, rules.summarise(id, [])]));
      const quarantined: LoadResult<C>["quarantined"] = [];
      const pause = pauseEvery();
      for (let after: IDBKeyRange | undefined; ; ) {
        const page = await db.getAll("cycles", after, CYCLE_PAGE);
        const read = await cycles().readStored(page);
        quarantined.push(...read.quarantined);
        const byPupil = new Map<string, C[]>();
        for (const c of read.records) byPupil.set(c.pupilId, [...(byPupil.get(c.pupilId) ?? []), c]);
        for (const [pupilId, theirs] of byPupil) {
          const summary = rules.summarise(pupilId, theirs);
          const before = found.get(pupilId);
          found.set(pupilId, before ? rules.combine(before, summary) : summary);
        }
        await pause();
        if (page.length < CYCLE_PAGE) break;
        after = IDBKeyRange.lowerBound(page[page.length - 1]!.id, true);
      }
      const summaries = [...found.values()];
      const sealed: Prepared[] = [];
      for (let at = 0; at < summaries.length; at += SEAL_BATCH) {
        const batch = summaries.slice(at, at + SEAL_BATCH).map(async (summary) => {
          const rev = revs.get(summary.id) ?? 0;
          return { pupilId: summary.id, rev, envelope: await store.seal(summary, rev + 1), changed: true };
        });
        sealed.push(...(await Promise.all(batch)));
        await pause();
      }
      // Written a batch per transaction, each only where the summary has not moved since it was read. The mark is
      // cleared with the last batch, and only if nothing marked the summaries stale again meanwhile.
      for (let at = 0; at === 0 || at < sealed.length; at += WRITE_BATCH) {
        const batch = sealed.slice(at, at + WRITE_BATCH);
        const last = at + WRITE_BATCH >= sealed.length;
        const wtx = db.transaction(["summaries", "register", "meta"], "readwrite");
        await allOrNothing(wtx, async (track) => {
          const target = wtx.objectStore("summaries");
          const now = await Promise.all(batch.map((p) => target.get(p.pupilId)));
          batch.forEach((p, i) => {
            if ((now[i]?.rev ?? 0) === p.rev) track(target.put(p.envelope as RecordEnvelope));
          });
          track(invalidateRegister(wtx as never));
          if (last && token !== undefined) track(clearSummariesStale(wtx as never, token));
        });
        await pause();
      }
      return { records: summaries, quarantined };
    },
  };
  return { summaries, companion };
}
