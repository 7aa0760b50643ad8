import type { Intervention } from "@/provision-map/intervention";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createLazyRecordStore } from "./lazy-record-store";
import type { RecordStore } from "./record-store";

/** Group interventions name pupils on their roster, so they go through the same codec as pupils (encrypted once set up). */
export type InterventionsStore = RecordStore<Intervention, "interventions">;

/** The schema loads on first use: the side panel needs interventions only when a pupil is deleted. */
export function createInterventionsStore(db: SendDb, codec: RecordCodec): InterventionsStore {
  return createLazyRecordStore(db, "interventions", () => import("@/provision-map/intervention").then((m) => m.Intervention), codec, {
    checkRevisions: true,
  });
}
