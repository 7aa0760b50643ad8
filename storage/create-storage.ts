import type { z } from "zod";
import type { RecordCodec } from "./codec";
import { createCycleSummaries, type CycleSummaries, type SummaryRules } from "./cycle-summaries";
import type { SendDb } from "./db";
import { deletePupilAndCycles } from "./delete-pupil";
import { createFrameworksStore, type FrameworksStore } from "./frameworks-store";
import { createInterventionsStore, type InterventionsStore } from "./interventions-store";
import { createStrategiesStore, type StrategiesStore } from "./strategies-store";
import { createRecordStore, type RecordStore, type WriteCompanion } from "./record-store";
import { createRegisterSnapshots, invalidateRegister, type RegisterSnapshots } from "./register-snapshot";
import { createSettingsStore, type SettingsStore } from "./settings-store";

type Identified = { id: string };

/** The domain's schemas for the personal records; storage validates with them on every read and write. */
export interface StorageSchemas<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified, S extends Identified = Identified> {
  pupil: z.ZodType<P>;
  cycle: z.ZodType<C>;
  audit: z.ZodType<A>;
  /** How to sum up a pupil's cycles; with it, the cycles store keeps a summary per pupil (see cycle-summaries.ts). */
  summary?: SummaryRules<C, S>;
}

export interface SendStorage<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified, S extends Identified = Identified> {
  settings: SettingsStore;
  frameworks: FrameworksStore;
  pupils: RecordStore<P, "pupils">;
  cycles: RecordStore<C, "cycles">;
  audits: RecordStore<A, "audits">;
  interventions: InterventionsStore;
  strategies: StrategiesStore;
  /** Each pupil's cycle summary, when the schemas say how to sum cycles up. */
  summaries?: CycleSummaries<C, S>;
  /** Every pupil and summary in one record, for unlocking fast (with `summaries`). */
  register?: RegisterSnapshots<P, S>;
  /** Deletes a pupil and all their cycles (and their summary) in one transaction. */
  deletePupilAndCycles(pupilId: string): Promise<number>;
}

/**
 * Builds every store over an open database. Cheap: call it again with another codec (for example
 * once the user has unlocked encryption) and the new stores read and write through that codec.
 */
export function createStorage<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified, S extends Identified = Identified>(
  db: SendDb,
  codec: RecordCodec,
  schemas: StorageSchemas<P, C, A, S>,
): SendStorage<P, C, A, S> {
  // Any change to a pupil deletes the register snapshot, in the same transaction.
  const pupils = createRecordStore(db, "pupils", schemas.pupil, codec, { checkRevisions: true, companion: registerChanges as WriteCompanion<P> });
  const summarised = schemas.summary ? createCycleSummaries(db, codec, schemas.summary, () => cycles) : undefined;
  const cycles: RecordStore<C, "cycles"> = createRecordStore(db, "cycles", schemas.cycle, codec, {
    checkRevisions: true,
    indexFields: (cycle) => ({ pupilId: cycle.pupilId }),
    companion: summarised?.companion,
  });
  return {
    settings: createSettingsStore(db, codec),
    frameworks: createFrameworksStore(db),
    pupils,
    cycles,
    audits: createRecordStore(db, "audits", schemas.audit, codec, { checkRevisions: true }),
    interventions: createInterventionsStore(db, codec),
    strategies: createStrategiesStore(db, codec),
    summaries: summarised?.summaries,
    register: schemas.summary ? createRegisterSnapshots(db, codec, { pupil: schemas.pupil, summary: schemas.summary.schema }) : undefined,
    async deletePupilAndCycles(pupilId) {
      const cycleIds = await deletePupilAndCycles(db, pupilId);
      pupils.noteDeleted([pupilId]);
      cycles.noteDeleted(cycleIds);
      return cycleIds.length;
    },
  };
}

/** Written with every change to the pupils store: the register snapshot goes and the register version moves on. */
const registerChanges: WriteCompanion<unknown> = {
  stores: ["register", "meta"],
  prepare: async () => async (tx, track) => track(invalidateRegister(tx)),
};
