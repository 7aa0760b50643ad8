/**
 * Encrypted backup and restore. A backup file holds every store's envelopes exactly as stored (personal
 * records still encrypted under the data key) and the key vault, all encrypted again under a key from the
 * backup passphrase. Restoring into an empty install brings the vault too: the user unlocks with the
 * passphrase they had when the backup was made.
 */
export { APP_SCHEMA_VERSION, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupContents } from "./backup-format";
export { BackupError, type BackupErrorCode } from "./backup-errors";
export { createBackup, type BackupOptions } from "./create-backup";
export { readBackup, type BackupSource } from "./read-backup";
export { restoreBackup, type RestoreMode, type RestoreOptions, type RestoreReport } from "./restore-backup";
export { applyMerge, countOutcomes, planMerge, type MergeItem, type MergeOutcome, type MergePlan, type MergeReaders } from "./merge-plan";
