import { z } from "zod";
import { fromBase64, toBase64, type Bytes } from "@/storage/vault/bytes";
import { exportRawKey, importDailyKey, importWrappableKey } from "@/storage/vault/daily-key";

/**
 * Where the unlocked data key is kept for every SEND Companion page at once: the extension's session
 * storage (platform/session-key-area.ts), which only extension pages and the background can read (not web
 * pages, not the MIS page reader), which lives in memory only and is emptied when the browser closes.
 */
export interface SessionKeyArea {
  read(): Promise<unknown>;
  write(value: SharedUnlock): Promise<void>;
  clear(): Promise<void>;
  /** Calls back with the entry's new value (undefined once removed) after any page changes it. */
  onChange(listener: (value: unknown) => void): () => void;
}

/** The one session entry: the raw data key (base64), which vault it opens, and whether a new passphrase is owed. */
export const SharedUnlock = z.object({
  v: z.literal(1),
  keyId: z.string().min(1),
  key: z.string().length(44),
  /** Unlocked with the recovery key: every page asks for a new passphrase before anything opens. */
  mustResetPassphrase: z.boolean(),
});
export type SharedUnlock = z.infer<typeof SharedUnlock>;

export interface AdoptedKey {
  /** Non-extractable: this page can encrypt and decrypt with it but never read its bytes. */
  key: CryptoKey;
  keyId: string;
  mustResetPassphrase: boolean;
}

/**
 * One unlock for the whole extension. A page that unlocks hands the key to the session area and keeps only
 * a non-extractable copy; a page that opens while another is unlocked adopts the key from there; Lock
 * anywhere removes the entry, and every page hears it.
 */
export function createSharedUnlock(area: SessionKeyArea) {
  const entry = async () => {
    const parsed = SharedUnlock.safeParse(await area.read());
    return parsed.success ? parsed.data : undefined;
  };
  const withRaw = async <T>(text: string, use: (raw: Bytes) => Promise<T>): Promise<T> => {
    const raw = fromBase64(text);
    try {
      return await use(raw);
    } finally {
      raw.fill(0);
    }
  };

  return {
    /** After unlocking here with an extractable key: shares it, and returns the non-extractable copy to keep. */
    async share(extractable: CryptoKey, keyId: string, mustResetPassphrase: boolean): Promise<CryptoKey> {
      const raw = await exportRawKey(extractable);
      try {
        await area.write({ v: 1, keyId, key: toBase64(raw), mustResetPassphrase });
        return await importDailyKey(raw);
      } finally {
        raw.fill(0);
      }
    },
    /** The key another page unlocked with, as a non-extractable copy; undefined while locked. */
    async adopt(): Promise<AdoptedKey | undefined> {
      const found = await entry();
      if (!found) return undefined;
      const key = await withRaw(found.key, importDailyKey);
      return { key, keyId: found.keyId, mustResetPassphrase: found.mustResetPassphrase };
    },
    /** A short-lived extractable copy, for wrapping under a new passphrase or recovery key; undefined while locked. */
    async wrappable(): Promise<CryptoKey | undefined> {
      const found = await entry();
      return found ? withRaw(found.key, importWrappableKey) : undefined;
    },
    /** A new passphrase has been set after a recovery-key unlock: the other pages may open now. */
    async passphraseReset(): Promise<void> {
      const found = await entry();
      if (found) await area.write({ ...found, mustResetPassphrase: false });
    },
    /** Lock everywhere: the key leaves session storage and every page hears it. */
    forget: () => area.clear(),
    /** `unlocked` is true when an entry is there (after an unlock or a passphrase reset), false once it is removed. */
    onChange(listener: (unlocked: boolean) => void): () => void {
      return area.onChange((value) => listener(SharedUnlock.safeParse(value).success));
    },
  };
}
export type SharedUnlockKeeper = ReturnType<typeof createSharedUnlock>;

/**
 * A session area in this page's memory only: for tests (give two pages the same one to share an unlock)
 * and for a browser without extension session storage, where each page then unlocks on its own.
 */
export function memorySessionKeyArea(): SessionKeyArea {
  let value: unknown;
  const listeners = new Set<(value: unknown) => void>();
  // Like chrome.storage.onChanged, listeners may hear a change before the write that made it has resolved.
  const changed = () => {
    const now = value;
    queueMicrotask(() => listeners.forEach((l) => l(now)));
  };
  return {
    read: async () => value,
    write: async (next) => {
      value = structuredClone(next);
      changed();
    },
    clear: async () => {
      if (value === undefined) return;
      value = undefined;
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
