import type { InclusionStrategy } from "@/inclusion-strategy/strategy-schema";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createLazyRecordStore } from "./lazy-record-store";
import type { RecordStore } from "./record-store";

/** The inclusion strategy draft (one record), through the same codec as pupils (encrypted once set up). */
export type StrategiesStore = RecordStore<InclusionStrategy, "strategies">;

export function createStrategiesStore(db: SendDb, codec: RecordCodec): StrategiesStore {
  return createLazyRecordStore(db, "strategies", () => import("@/inclusion-strategy/strategy-schema").then((m) => m.InclusionStrategy), codec, {
    checkRevisions: true,
  });
}
