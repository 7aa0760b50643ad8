import { Intervention } from "@/provision-map/intervention";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore } from "./record-store";

/** Group interventions name pupils on their roster, so they go through the same codec as pupils (encrypted once set up). */
export type InterventionsStore = RecordStore<Intervention, "interventions">;

export function createInterventionsStore(db: SendDb, codec: RecordCodec): InterventionsStore {
  return createRecordStore(db, "interventions", Intervention, codec);
}
