import { deleteDB, openDB, type IDBPDatabase } from "idb";
import { applyMigrations, latestVersion, type Migration } from "./migration";
import { MIGRATIONS } from "./migrations";
import { SEND_DB_NAME, type SendDbSchema } from "./schema";

export type SendDb = IDBPDatabase<SendDbSchema>;

export interface OpenSendDbOptions {
  /** Defaults to the released list; tests pass a longer one to exercise an upgrade. */
  migrations?: readonly Migration[];
  /**
   * Called after this connection closes itself because another context (a newer side panel or
   * workspace, or erase-all) needs the database. The caller should reopen or ask the user to reload.
   */
  onClosedForOtherContext?: (why: "versionchange" | "terminated") => void;
}

/** Opens the database, applying any migrations it has not had yet. */
export async function openSendDb(name: string = SEND_DB_NAME, options: OpenSendDbOptions = {}): Promise<SendDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = latestVersion(migrations);
  let failure: unknown;
  try {
    const db = await openDB<SendDbSchema>(name, version, {
      upgrade(upgrading, oldVersion, newVersion, tx) {
        applyMigrations(upgrading, oldVersion, newVersion ?? version, tx, migrations).catch((error: unknown) => {
          failure = error;
          tx.done.catch(() => {}); // the abort is reported by openDB's rejection below
          tx.abort();
        });
      },
      blocking() {
        db.close();
        options.onClosedForOtherContext?.("versionchange");
      },
      // The browser closed the connection itself (the database was deleted from outside, or storage cleared).
      terminated() {
        options.onClosedForOtherContext?.("terminated");
      },
    });
    return db;
  } catch (error) {
    if (failure === undefined) throw error;
    throw new Error(`The database could not be upgraded: ${messageOf(failure)}`, { cause: failure });
  }
}

/** Deletes the whole database (erase-all, and tests). Close every connection to it first. */
export async function deleteSendDb(name: string = SEND_DB_NAME): Promise<void> {
  await deleteDB(name);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
