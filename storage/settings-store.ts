import { z } from "zod";
import { Setting } from "@/school-setting/setting";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { createRecordStore, type RecordStore } from "./record-store";

/** The setting schema belongs to the domain; re-exported so storage callers need one import. */
export { Setting };

/** The one key the setting is stored under. */
export const SETTING_ID = "setting";

const SettingRecord = Setting.extend({ id: z.literal(SETTING_ID) });

export interface SettingsStore {
  get(): Promise<Setting | undefined>;
  save(setting: Setting): Promise<void>;
  /** The underlying record store's reading and sealing, for a merge restore (see backup/merge-plan.ts). */
  records: Pick<RecordStore<{ id: string }>, "check" | "seal">;
}

export function createSettingsStore(db: SendDb, codec: RecordCodec): SettingsStore {
  const store = createRecordStore(db, "settings", SettingRecord, codec);
  return {
    async get() {
      const record = await store.get(SETTING_ID);
      if (record === undefined) return undefined;
      const { id: _id, ...setting } = record;
      return setting;
    },
    save: (setting) => store.put({ ...setting, id: SETTING_ID }),
    records: store as unknown as Pick<RecordStore<{ id: string }>, "check" | "seal">,
  };
}
