import type { Migration } from "./migration";

/**
 * Every migration the database has ever had, oldest first. Append only: a released migration
 * is never edited or removed, and each new one gets its own test from the previous version's data.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: "0001-create-core-stores",
    version: 1,
    up(db) {
      db.createObjectStore("settings", { keyPath: "id" });
      db.createObjectStore("frameworks", { keyPath: "id" });
      db.createObjectStore("pupils", { keyPath: "id" });
      const cycles = db.createObjectStore("cycles", { keyPath: "id" });
      cycles.createIndex("byPupil", "pupilId");
      db.createObjectStore("audits", { keyPath: "id" });
      db.createObjectStore("meta");
    },
  },
];
