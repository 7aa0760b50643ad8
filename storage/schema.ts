import type { DBSchema } from "idb";
import type { KeyVault } from "./vault/key-vault";

/** The database every context of the extension shares. */
export const SEND_DB_NAME = "send-companion";

/**
 * How every record sits on disk: its id, any index fields, and the payload the codec produced.
 * Index fields are opaque ids and ISO dates only, never anything that names a person,
 * because they are stored in the clear even when the payload is encrypted.
 */
export interface RecordEnvelope {
  id: string;
  /**
   * Counts the record's saves: 1 for the first, bumped by every write inside its transaction. Absent on records
   * saved before revisions (read as 0). Bound to the encrypted payload, so it cannot be changed on its own.
   */
  rev?: number;
  payload: unknown;
}

export interface CycleEnvelope extends RecordEnvelope {
  pupilId: string;
}

/** Key-value entries in the `meta` store. */
export interface MetaEntries {
  /** Names of the migrations applied to this database, in the order they ran. */
  migrations: string[];
  /** The wrapped data key and how to unwrap it; absent until encryption is set up. */
  vault: KeyVault;
  /**
   * Review dates of open APDR cycles, sorted, with nothing that says whose they are, so the background
   * can keep the toolbar badge current while SEND Companion is locked.
   */
  reviewDates: string[];
  /**
   * Earlier versions of imported frameworks, keyed "id@version", kept so audits, cycles and packs made with
   * them can still be read. Published guidance, not personal data; validated on read.
   */
  frameworkVersions: Record<string, unknown>;
  /**
   * Records deleted here, keyed "store/id", with when: a merge restore does not bring them back. Opaque ids and
   * dates only. Saving a record with that id again (Undo) removes its entry.
   */
  tombstones: Record<string, string>;
  /**
   * Present while the cycle summaries may not match the cycles (after a restore, a merge or the upgrade that
   * added them): a fresh random token each time, so a rebuild clears it only if nothing set it again meanwhile.
   */
  summariesStale: string;
  /**
   * Counts the changes to pupils and cycle summaries: moved on, with the register snapshot deleted, in the same
   * transaction as every such change (see register-snapshot.ts). Absent: 0.
   */
  registerVersion: number;
  /** Import mappings saved in the workspace, keyed by the source file's name without its version; validated on read. */
  frameworkMappings: Record<string, unknown>;
}
export type MetaKey = keyof MetaEntries;

export interface SendDbSchema extends DBSchema {
  settings: { key: string; value: RecordEnvelope };
  frameworks: { key: string; value: RecordEnvelope };
  pupils: { key: string; value: RecordEnvelope };
  cycles: { key: string; value: CycleEnvelope; indexes: { byPupil: string } };
  audits: { key: string; value: RecordEnvelope };
  /** Group interventions (provision-map/); encrypted like pupils, no index fields. */
  interventions: { key: string; value: RecordEnvelope };
  /** The setting's inclusion strategy draft (inclusion-strategy/); encrypted like pupils, no index fields. */
  strategies: { key: string; value: RecordEnvelope };
  /**
   * One summary per pupil of their APDR cycles (graduated-approach/cycle-summary.ts), keyed by the pupil's id:
   * derived from the cycles and written in the same transaction as any change to them, so unlocking need not
   * read every cycle. Encrypted like cycles. Left out of backups, and rebuilt after a restore.
   */
  summaries: { key: string; value: RecordEnvelope };
  /**
   * At most one record, "register": every pupil and their cycle summary in one encrypted payload, as they stood at
   * the register version it carries as its revision. Read at unlock instead of thousands of records; deleted by
   * any change to a pupil or a summary, and written again after the next full read. Left out of backups.
   */
  register: { key: string; value: RecordEnvelope };
  meta: { key: MetaKey; value: MetaEntries[MetaKey] };
}

/** The stores that hold envelopes (every store but `meta`). */
export type RecordStoreName = "settings" | "frameworks" | "pupils" | "cycles" | "audits" | "interventions" | "strategies" | "summaries" | "register";
