export type BackupErrorCode =
  | "not-a-backup"
  | "damaged"
  | "wrong-passphrase"
  | "newer-version"
  | "passphrase-too-short"
  | "not-empty"
  | "cannot-merge"
  | "different-key"
  | "changed-meanwhile";

/** Every reason a backup cannot be made, read or restored that a user can hit; `message` is for a SENCO. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "BackupError";
  }
}

export const backupErrors = {
  notABackup: () =>
    new BackupError("not-a-backup", "This file is not a SEND Companion backup. Choose a backup file that SEND Companion made."),
  damaged: (cause?: unknown) =>
    new BackupError(
      "damaged",
      "This backup file is incomplete or has been changed since it was made, so it cannot be restored. Nothing has been changed. Try another copy of the backup.",
      { cause },
    ),
  wrongPassphrase: () =>
    new BackupError("wrong-passphrase", "That passphrase does not open this backup. Check it and try again. Nothing has been changed."),
  newerVersion: () =>
    new BackupError(
      "newer-version",
      "This backup was made by a newer version of SEND Companion. Update SEND Companion, then restore the backup again. Nothing has been changed.",
    ),
};
