import { z } from "zod";
import { latestVersion } from "../migration";
import { MIGRATIONS } from "../migrations";
import type { RecordStoreName } from "../schema";
import { KeyVault } from "../vault/key-vault";

export const BACKUP_FORMAT = "send-companion-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** The database version this build writes and can restore. */
export const APP_SCHEMA_VERSION = latestVersion(MIGRATIONS);

/** Every store a backup carries, in the order they are written. */
export const BACKUP_STORES = ["settings", "frameworks", "pupils", "cycles", "audits", "interventions", "strategies"] as const satisfies readonly RecordStoreName[];
/** A store backups carry (every record store but the cycle summaries, which are rebuilt from the cycles). */
export type BackupStoreName = (typeof BACKUP_STORES)[number];

/**
 * The file is one JSON object. Everything but `body` is the header, readable without the passphrase and
 * bound to the body as AES-GCM additional data, so changing any of it makes the file fail to open.
 */
export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appSchemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  kdf: z.object({ name: z.literal("PBKDF2-SHA256"), iterations: z.number().int().min(1), salt: z.base64() }),
  cipher: z.object({ name: z.literal("AES-GCM-256"), iv: z.base64() }),
  /** 32 bytes derived beside the key: tells a wrong passphrase apart from a changed file. */
  passphraseCheck: z.base64(),
  /** AES-GCM of (SHA-256 of the contents JSON ‖ contents JSON), base64. */
  body: z.string(),
});
export type BackupFile = z.infer<typeof BackupFile>;
export type BackupHeader = Omit<BackupFile, "body">;

/** The additional data the body is encrypted with: every header field, in a fixed order. */
export function headerBytes(h: BackupHeader): Uint8Array<ArrayBuffer> {
  const fields = [h.format, h.formatVersion, h.appSchemaVersion, h.createdAt, h.kdf, h.cipher, h.passphraseCheck];
  return new TextEncoder().encode(JSON.stringify(fields)) as Uint8Array<ArrayBuffer>;
}

/** A stored envelope as it sits in IndexedDB (see schema.ts): the payload is kept exactly, encrypted or plain. */
export const Envelope = z.object({ id: z.string().min(1), rev: z.number().int().min(0).optional(), payload: z.unknown() });
export const CycleEnvelope = Envelope.extend({ pupilId: z.string().min(1) });

/** What the encrypted body holds: the envelopes of every store, and the key vault if there was one. */
export const BackupBody = z.object({
  vault: KeyVault.nullable(),
  stores: z.object({
    settings: z.array(Envelope),
    frameworks: z.array(Envelope),
    pupils: z.array(Envelope),
    cycles: z.array(CycleEnvelope),
    audits: z.array(Envelope),
    /** Absent from backups made before interventions had their own store (database version 2 and earlier). */
    interventions: z.array(Envelope).default([]),
    /** Absent from backups made before the inclusion strategy had its own store (database version 3 and earlier). */
    strategies: z.array(Envelope).default([]),
  }),
});
export type BackupBody = z.infer<typeof BackupBody>;

/** A backup read and checked: its body, and when and by which schema version it was made. */
export interface BackupContents extends BackupBody {
  createdAt: string;
  appSchemaVersion: number;
}
