import type { z } from "zod";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { deletePupilAndCycles } from "./delete-pupil";
import { createFrameworksStore, type FrameworksStore } from "./frameworks-store";
import { createInterventionsStore, type InterventionsStore } from "./interventions-store";
import { createRecordStore, type RecordStore } from "./record-store";
import { createSettingsStore, type SettingsStore } from "./settings-store";

type Identified = { id: string };

/** The domain's schemas for the personal records; storage validates with them on every read and write. */
export interface StorageSchemas<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified> {
  pupil: z.ZodType<P>;
  cycle: z.ZodType<C>;
  audit: z.ZodType<A>;
}

export interface SendStorage<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified> {
  settings: SettingsStore;
  frameworks: FrameworksStore;
  pupils: RecordStore<P, "pupils">;
  cycles: RecordStore<C, "cycles">;
  audits: RecordStore<A, "audits">;
  interventions: InterventionsStore;
  /** Deletes a pupil and all their cycles in one transaction. */
  deletePupilAndCycles(pupilId: string): Promise<number>;
}

/**
 * Builds every store over an open database. Cheap: call it again with another codec (for example
 * once the user has unlocked encryption) and the new stores read and write through that codec.
 */
export function createStorage<P extends Identified, C extends Identified & { pupilId: string }, A extends Identified>(
  db: SendDb,
  codec: RecordCodec,
  schemas: StorageSchemas<P, C, A>,
): SendStorage<P, C, A> {
  const pupils = createRecordStore(db, "pupils", schemas.pupil, codec, { checkRevisions: true });
  const cycles = createRecordStore(db, "cycles", schemas.cycle, codec, {
    checkRevisions: true,
    indexFields: (cycle) => ({ pupilId: cycle.pupilId }),
  });
  return {
    settings: createSettingsStore(db, codec),
    frameworks: createFrameworksStore(db),
    pupils,
    cycles,
    audits: createRecordStore(db, "audits", schemas.audit, codec, { checkRevisions: true }),
    interventions: createInterventionsStore(db, codec),
    async deletePupilAndCycles(pupilId) {
      const cycleIds = await deletePupilAndCycles(db, pupilId);
      pupils.noteDeleted([pupilId]);
      cycles.noteDeleted(cycleIds);
      return cycleIds.length;
    },
  };
}
