import type { IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import type { SendDbSchema } from "./schema";

export type UpgradeTransaction = IDBPTransaction<SendDbSchema, StoreNames<SendDbSchema>[], "versionchange">;

/**
 * One named step in the life of the database. Runs inside idb's `upgrade` callback, so `up` may
 * await only requests made on `tx`, and must never be edited once released: append a new one instead.
 */
export interface Migration {
  name: string;
  /** The database version this migration brings the database to. Strictly increasing along the list. */
  version: number;
  up(db: IDBPDatabase<SendDbSchema>, tx: UpgradeTransaction): void | Promise<void>;
}

/** Throws if names repeat or versions do not strictly increase; returns the version to open at. */
export function latestVersion(migrations: readonly Migration[]): number {
  const names = new Set<string>();
  let version = 0;
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`Migration "${m.name}" appears more than once.`);
    if (!Number.isInteger(m.version) || m.version <= version) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; it must be a whole number above ${version}.`);
    }
    names.add(m.name);
    version = m.version;
  }
  if (version === 0) throw new Error("There are no migrations to open the database with.");
  return version;
}

/**
 * Runs, in order, every migration above `oldVersion` up to `newVersion`, then appends their names
 * to `meta` "migrations". Awaits only requests on `tx`, so the upgrade transaction stays open.
 */
export async function applyMigrations(
  db: IDBPDatabase<SendDbSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
  migrations: readonly Migration[],
): Promise<void> {
  const due = migrations.filter((m) => m.version > oldVersion && m.version <= newVersion);
  for (const migration of due) {
    const running = migration.up(db, tx);
    if (running) await running;
  }
  const meta = tx.objectStore("meta");
  const stored = await meta.get("migrations");
  const applied = Array.isArray(stored) ? stored : [];
  await meta.put([...applied, ...due.map((m) => m.name)], "migrations");
}
