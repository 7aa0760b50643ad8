import type { Intervention } from "@/provision-map/intervention";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore } from "./record-store";

/** Group interventions name pupils on their roster, so they go through the same codec as pupils (encrypted once set up). */
export type InterventionsStore = RecordStore<Intervention, "interventions">;

/**
 * The schema is imported on first use, not at start-up: the side panel builds every store when it opens and
 * has a JavaScript budget (scripts/bundle-size.ts), and it needs interventions only when a pupil is deleted.
 */
export function createInterventionsStore(db: SendDb, codec: RecordCodec): InterventionsStore {
  let store: Promise<InterventionsStore> | undefined;
  const ready = () =>
    (store ??= import("@/provision-map/intervention").then(({ Intervention }) => createRecordStore(db, "interventions", Intervention, codec, { checkRevisions: true })));
  return {
    put: async (value, options) => (await ready()).put(value, options),
    putMany: async (values, options) => (await ready()).putMany(values, options),
    get: async (id) => (await ready()).get(id),
    getMany: async (ids) => (await ready()).getMany(ids),
    getAll: async () => (await ready()).getAll(),
    getAllByIndex: async (indexName, key) => (await ready()).getAllByIndex(indexName, key),
    delete: async (id) => (await ready()).delete(id),
    clear: async () => (await ready()).clear(),
    check: async (stored) => (await ready()).check(stored),
    seal: async (value, rev) => (await ready()).seal(value, rev),
    noteDeleted: (ids) => void ready().then((store) => store.noteDeleted(ids)),
  };
}
