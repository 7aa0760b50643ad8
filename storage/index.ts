export { plainCodec, type RecordCodec } from "./codec";
export { createStorage, type SendStorage, type StorageSchemas } from "./create-storage";
export { deleteSendDb, openSendDb, type OpenSendDbOptions, type SendDb } from "./db";
export { createFrameworksStore, type FrameworksStore } from "./frameworks-store";
export { createInterventionsStore, type InterventionsStore } from "./interventions-store";
export { createStrategiesStore, type StrategiesStore } from "./strategies-store";
export type { Migration } from "./migration";
export { MIGRATIONS } from "./migrations";
export {
  createRecordStore,
  UnreadableRecordError,
  type LoadResult,
  type QuarantinedRecord,
  type RecordStore,
} from "./record-store";
export { SEND_DB_NAME, type RecordStoreName } from "./schema";
export { createSettingsStore, Setting, SETTING_ID, type SettingsStore } from "./settings-store";
export * from "./vault";
export * from "./backup";
export { readReviewDates, saveReviewDates } from "./review-dates";
export { archiveFrameworkVersion, readFrameworkMapping, readFrameworkVersions, saveFrameworkMapping } from "./framework-archive";
