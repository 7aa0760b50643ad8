import { upgradeFramework } from "@/commitment-framework/from-v1";
import type { Migration } from "./migration";
import { markSummariesStale } from "./summaries-stale";

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
  {
    /**
     * Frameworks move to version 2 of the format (levels, need descriptors, area tree, costed catalogue).
     * Stored frameworks are plain (published guidance), so each is converted in place. Pupils, cycles and
     * audits are untouched: they name areas, tiers and statements by ids that the conversion keeps.
     * A framework that cannot be converted stays as it was and is reported as unreadable, never dropped.
     */
    name: "framework-v2",
    version: 2,
    async up(_db, tx) {
      let cursor = await tx.objectStore("frameworks").openCursor();
      while (cursor) {
        const upgraded = upgradeFramework(cursor.value.payload);
        if (upgraded !== cursor.value.payload) await cursor.update({ ...cursor.value, payload: upgraded });
        cursor = await cursor.continue();
      }
    },
  },
  {
    /**
     * Group interventions get their own store (provision map). Their payloads are encrypted like pupils';
     * the envelope carries only the id, so nothing in the clear says who is in which group.
     */
    name: "interventions-store",
    version: 3,
    up(db) {
      db.createObjectStore("interventions", { keyPath: "id" });
    },
  },
  {
    /**
     * The inclusion strategy draft gets its own store. It holds no pupil data, but its text is the school's
     * unpublished draft, so it is encrypted like every other record and travels in backups.
     */
    name: "strategies-store",
    version: 4,
    up(db) {
      db.createObjectStore("strategies", { keyPath: "id" });
    },
  },
  {
    /**
     * Each pupil gets an encrypted summary of their cycles (what the Due view, the register and the badge need),
     * so unlocking no longer reads every cycle. Summaries are encrypted, and the key is not at hand while
     * upgrading, so the store starts empty and is marked stale: the first unlock builds every summary once.
     * The register snapshot (every pupil and summary in one encrypted record) gets its store too, empty.
     */
    name: "cycle-summaries",
    version: 5,
    async up(db, tx) {
      db.createObjectStore("summaries", { keyPath: "id" });
      db.createObjectStore("register", { keyPath: "id" });
      await markSummariesStale(tx);
    },
  },
];
