import { z } from "zod";
import { Setting } from "@/school-setting/setting";
import type { LenientSetting, SettingDefaults } from "@/school-setting/read-setting";
import type { RecordCodec } from "./codec";
import type { SendDb } from "./db";
import { describeIssues } from "./describe-issues";
import { createRecordStore, type RecordStore } from "./record-store";

/** The setting schema belongs to the domain; re-exported so storage callers need one import. */
export { Setting };
export type { LenientSetting, SettingDefaults };

/** The one key the setting is stored under. */
export const SETTING_ID = "setting";

/** Any object under the setting's key: its fields are checked one by one (school-setting/read-setting.ts). */
const StoredSetting = z.looseObject({ id: z.literal(SETTING_ID) });
/** The whole setting, checked strictly: for a setting brought in from a backup. */
const SettingRecord = Setting.extend({ id: z.literal(SETTING_ID) });

export interface SettingsStore {
  /** The setting, checked as a whole; rejects, naming the field, when any field is damaged. */
  get(): Promise<Setting | undefined>;
  /** The setting read field by field: a damaged field is replaced by its default and named in `problems`. */
  read(defaults: SettingDefaults): Promise<LenientSetting | undefined>;
  save(setting: Setting): Promise<void>;
  /** The underlying record store's reading and sealing, for a merge restore (see backup/merge-plan.ts). */
  records: Pick<RecordStore<{ id: string }>, "check" | "seal">;
}

export function createSettingsStore(db: SendDb, codec: RecordCodec): SettingsStore {
  const store = createRecordStore(db, "settings", StoredSetting, codec);
  const strict = createRecordStore(db, "settings", SettingRecord, codec);
  const stored = async () => {
    const record = await store.get(SETTING_ID);
    if (record === undefined) return undefined;
    const { id: _id, ...setting } = record;
    return setting;
  };
  return {
    async get() {
      const setting = await stored();
      if (setting === undefined) return undefined;
      const parsed = Setting.safeParse(setting);
      if (!parsed.success) throw new Error(`The setting could not be read: ${describeIssues(parsed.error)}`);
      return parsed.data;
    },
    async read(defaults) {
      const setting = await stored();
      if (setting === undefined) return undefined;
      const whole = Setting.safeParse(setting);
      if (whole.success) return { setting: whole.data, problems: [] };
      // Only a damaged setting needs the field-by-field reader, so it loads then (the side panel has a start-up budget).
      const { readSettingLeniently } = await import("@/school-setting/read-setting");
      const read = readSettingLeniently(setting, defaults);
      if (!read) throw new Error("The setting record is damaged beyond repair: it holds no fields that can be read.");
      return read;
    },
    async save(setting) {
      const parsed = Setting.safeParse(setting);
      if (!parsed.success) throw new Error(`Could not save the setting: ${describeIssues(parsed.error)}`);
      await store.put({ ...parsed.data, id: SETTING_ID });
    },
    records: strict as unknown as Pick<RecordStore<{ id: string }>, "check" | "seal">,
  };
}
