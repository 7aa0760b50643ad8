import { DEMO_PASSPHRASE } from "@/demo-school/passphrase";
import { Cycle } from "@/graduated-approach/cycle";
import { combineSummaries, CycleSummary, summariseCycles } from "@/graduated-approach/cycle-summary";
import type { Pupil } from "@/graduated-approach/pupil";
import { StoredPupil } from "@/graduated-approach/pupil-upgrades";
import { ImportJournal } from "@/graduated-approach/csv-import/import-journal";
import { createSingleRecordStore, type SingleRecordStore } from "@/storage/single-record-store";
import { Audit } from "@/self-audit/audit";
import {
  archiveFrameworkVersion,
  readFrameworkMapping,
  readFrameworkVersions,
  saveFrameworkMapping,
  createBackup,
  readBackup,
  restoreBackup,
  createSettingsStore,
  saveReviewDates,
  createStorage,
  deleteSendDb,
  openSendDb,
  plainCodec,
  SEND_DB_NAME,
  type RecordCodec,
  type SendStorage,
} from "@/storage";
import {
  AesGcmCodec,
  openVaultWithPassphrase,
  changePassphrase,
  createVault,
  loadPassphraseChecker,
  replaceRecoveryKey,
  resetAfterRecovery,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  vaultExists,
  isVaultKey,
  readVault,
} from "@/storage/vault";
import { exportRawKey, importDailyKey } from "@/storage/vault/daily-key";
import { openPreviousKey } from "@/storage/vault/previous-key";
import { twoKeyCodec } from "@/storage/vault/two-key-codec";
import type { AppDeps, RestoreSummary } from "./app-model";
import { broadcastLockChannel } from "./lock-channel";
import { createSharedUnlock, memorySessionKeyArea, type SessionKeyArea } from "./shared-unlock";
import type { ReencryptProgress } from "./reencrypt";

/** The demo school holds only made-up pupils, so its passphrase is printed on screen. */

/** Every store the extension pages use, typed with the domain's records. */
export type AppStorage = SendStorage<Pupil, Cycle, Audit, CycleSummary> & {
  /** What an import in progress is writing, until it has all been saved (see interrupted-import.ts). */
  importJournal: SingleRecordStore<ImportJournal>;
};

/**
 * Opens the local database and wires storage, encryption and the demo school for the app model.
 * One unlock serves every page: the raw data key is kept in the extension's session storage (`sessionArea`,
 * see shared-unlock.ts), and this page holds only a non-extractable copy, forgotten on lock.
 */
export async function openAppDeps(
  dbName = SEND_DB_NAME,
  hooks: {
    reviewDatesChanged?: () => void;
    /** "Erase everything" also stops the MIS page reader and gives back the sites' access (platform/). */
    forgetMisAccess?: () => Promise<void>;
    /** Shared by every extension page (platform/session-key-area.ts); without it this page unlocks on its own. */
    sessionArea?: SessionKeyArea;
  } = {},
): Promise<AppDeps> {
  // The built-in framework (about 35 KB of gzipped JSON) is its own chunk, fetched while the database opens,
  // so it is not part of the side panel's start-up JavaScript.
  const builtInLoading = import("@/commitment-framework/built-in");
  const closedListeners = new Set<() => void>();
  /** Fields of the stored setting that could not be read and were replaced by their defaults, at the last read. */
  let settingProblems: string[] = [];
  /** Another page erased everything, restored a backup or upgraded the database: this connection is gone. */
  const closedByOther = () => {
    forgetHere();
    for (const listener of closedListeners) listener();
  };
  const open = () => openSendDb(dbName, { onClosedForOtherContext: closedByOther });
  let db = await open();
  const builtInFramework = (await builtInLoading).loadBuiltInFramework();
  const shared = createSharedUnlock(hooks.sessionArea ?? memorySessionKeyArea());
  /** Non-extractable: encrypts and decrypts, never exported. */
  let dataKey: CryptoKey | null = null;
  const build = (codec: RecordCodec): AppStorage => ({
    ...createStorage(db, codec, { pupil: StoredPupil, cycle: Cycle, audit: Audit, summary: { schema: CycleSummary, summarise: summariseCycles, combine: combineSummaries } }),
    // The setting names the school, not a pupil; it stays readable so the lock screen can greet the user.
    settings: createSettingsStore(db, plainCodec),
    importJournal: createSingleRecordStore(db, codec, ImportJournal, "import-journal"),
  });
  let storage = build(lockedCodec);
  /** Reads and writes with `key`; while a re-encryption is unfinished, reads with the previous key too. */
  const useKey = async (key: CryptoKey) => {
    const vault = await readVault(db);
    if (!vault?.previousKey) {
      dataKey = key;
      storage = build(new AesGcmCodec(key));
      return false;
    }
    const previous = await openPreviousKey(vault, key).catch(() => undefined);
    dataKey = key;
    storage = build(previous ? twoKeyCodec(new AesGcmCodec(key), new AesGcmCodec(previous)) : new AesGcmCodec(key));
    return previous !== undefined;
  };
  /** Finishes a re-encryption that was cut short: every record under the current key, then the previous key goes. */
  const finishReencryption = async (onProgress?: (p: ReencryptProgress) => void) => {
    const key = dataKey;
    if (!key) throw new Error("SEND Companion is locked. Unlock it first.");
    // Loaded only when re-encrypting, which the side panel's first screen never does.
    const [{ reencryptStores }, { dropPreviousKey }] = await Promise.all([import("./reencrypt"), import("@/storage/vault/replace-data-key")]);
    // Read and written through the same stores (the new key writes, either key reads), so each record's revision
    // is checked as any save's is: a record another window changed meanwhile is refused, not overwritten.
    const result = await reencryptStores(storage, storage, onProgress);
    // A record neither key opens is left as it was, and so is the previous key, in case it is that record's.
    if (result.unreadable === 0) await dropPreviousKey(db, key);
    await useKey(key);
    return result;
  };
  /** Just unwrapped or generated here (extractable): share it, and keep only the non-extractable copy. */
  const unlocked = async (extractable: CryptoKey, mustResetPassphrase = false) => {
    const vault = await readVault(db);
    if (!vault) throw new Error("Encryption has not been set up on this computer yet, so there is nothing to unlock.");
    if (await useKey(await shared.share(extractable, vault.keyId, mustResetPassphrase))) await finishReencryption().catch(() => undefined);
  };
  const forgetHere = () => {
    dataKey = null;
    storage = build(lockedCodec);
  };
  const wrappableKey = async (lockedMessage: string) => {
    const key = dataKey ? await shared.wrappable() : undefined;
    if (!key) throw new Error(lockedMessage);
    return key;
  };

  const erase = async () => {
    db.close();
    await deleteSendDb(dbName);
    db = await open();
    hooks.reviewDatesChanged?.();
    forgetHere();
    await shared.forget();
  };

  return {
    builtInFramework,
    storage: () => storage,
    loadSetting: async () => {
      const read = await storage.settings.read({ frameworkId: builtInFramework.id, now: new Date().toISOString() });
      settingProblems = read?.problems ?? [];
      return read?.setting;
    },
    settingProblems: () => settingProblems,
    saveSetting: async (setting) => {
      await storage.frameworks.put(builtInFramework);
      await storage.settings.save(setting);
    },
    loadFramework: (id) => (id === builtInFramework.id ? Promise.resolve(builtInFramework) : storage.frameworks.get(id)),
    listFrameworks: async () => (await storage.frameworks.list()).records,
    storeFramework: (framework) => storage.frameworks.put(framework),
    archiveFramework: (framework) => archiveFrameworkVersion(db, framework),
    frameworkVersions: (id) => readFrameworkVersions(db, id),
    saveMapping: (key, mapping) => saveFrameworkMapping(db, key, mapping),
    loadMapping: (key) => readFrameworkMapping(db, key),
    // Counted without decrypting: the number of stored pupil records, as the setting summary shows it.
    countPupils: () => db.count("pupils"),
    hasVault: () => vaultExists(db),
    isUnlocked: () => dataKey !== null,
    createVault: async (passphrase) => {
      const created = await createVault(db, passphrase);
      await unlocked(created.dataKey);
      return created.recoveryKey;
    },
    unlock: async (passphrase) => unlocked(await unlockWithPassphrase(db, passphrase)),
    unlockWithRecoveryKey: async (key) => unlocked(await unlockWithRecoveryKey(db, key), true),
    adoptSharedUnlock: async () => {
      const found = await shared.adopt();
      if (!found) return undefined;
      const vault = await readVault(db).catch(() => undefined);
      // A key left from before an erase or a restore opens nothing here: stay locked.
      if (!vault || vault.keyId !== found.keyId || !(await isVaultKey(vault, found.key))) return undefined;
      await useKey(found.key);
      return { mustResetPassphrase: found.mustResetPassphrase };
    },
    onSharedUnlockChange: (listener) => shared.onChange(listener),
    onDatabaseClosed: (listener) => {
      closedListeners.add(listener);
      return () => closedListeners.delete(listener);
    },
    reopen: async () => {
      db.close();
      db = await open();
      forgetHere();
    },
    changePassphrase: async (current, next) => {
      const key = await unlockWithPassphrase(db, current);
      await changePassphrase(db, key, next);
    },
    resetPassphrase: async (next) => {
      const key = await wrappableKey("SEND Companion is locked. Unlock it with your recovery key again.");
      const recoveryKey = await resetAfterRecovery(db, key, next);
      await shared.passphraseReset();
      return recoveryKey;
    },
    reencryptEverything: async (next, onProgress) => {
      const current = await wrappableKey("SEND Companion is locked. Unlock it first.");
      // Every other page locks (saving what it was waiting to save) and stays locked until this is done.
      await shared.forget();
      const { replaceDataKey } = await import("@/storage/vault/replace-data-key");
      const replaced = await replaceDataKey(db, current, next);
      const raw = await exportRawKey(replaced.dataKey);
      const daily = await importDailyKey(raw);
      raw.fill(0);
      await useKey(daily);
      try {
        const result = await finishReencryption(onProgress);
        return { recoveryKey: replaced.recoveryKey, ...result };
      } finally {
        // Done or cut short, the new passphrase opens everything from now on, in every page.
        await shared.share(replaced.dataKey, replaced.keyId, false);
      }
    },
    newRecoveryKey: async () => replaceRecoveryKey(db, await wrappableKey("SEND Companion is locked. Unlock it to make a new recovery key.")),
    lock: (everywhere) => {
      forgetHere();
      if (everywhere) void shared.forget().catch(() => undefined);
    },
    loadPassphraseChecker,
    makeBackup: (backupPassphrase) => createBackup(db, backupPassphrase),
    restoreBackup: async (file, backupPassphrase, oldPassphrase) => {
      const contents = await readBackup(file, backupPassphrase);
      const empty = !(await vaultExists(db));
      const backupDataKey =
        !empty && oldPassphrase && contents.vault ? await openVaultWithPassphrase(contents.vault, oldPassphrase) : undefined;
      if (!empty) {
        // A merge is previewed first; nothing is written until the user confirms (apply).
        // Loaded when first needed: the side panel's start-up JavaScript has a budget (scripts/bundle-size.ts).
        const { previewMerge } = await import("./merge-restore");
        const preview = await previewMerge(db, storage, contents, { dataKey: dataKey ?? undefined, backupDataKey });
        return {
          ...preview,
          apply: async () => ({ ...(await preview.apply()), passphraseFromBackup: false }),
        };
      }
      const report = await restoreBackup(db, contents, "into-empty");
      return summarise(report.stores, report.vaultRestored);
    },
    replaceWithBackup: async (file, backupPassphrase) => {
      const contents = await readBackup(file, backupPassphrase);
      await erase();
      const report = await restoreBackup(db, contents, "into-empty");
      return summarise(report.stores, report.vaultRestored);
    },
    seedDemoSchool: async () => {
      // Only "Try with a demo school" needs the generator, so it loads then rather than with the side panel.
      const { DEMO_PUPILS, DEMO_SEED, generateDemoSchool } = await import("@/demo-school/generate");
      const demo = generateDemoSchool({ pupils: DEMO_PUPILS, seed: DEMO_SEED, today: new Date().toISOString().slice(0, 10) });
      await storage.frameworks.put(builtInFramework);
      await storage.settings.save({
        name: demo.setting.name,
        phases: demo.setting.phases,
        frameworkId: builtInFramework.id,
        lockAfterMinutes: 15,
        createdAt: new Date().toISOString(),
        demo: true,
        misSites: [],
      });
      if (!(await vaultExists(db))) await unlocked((await createVault(db, DEMO_PASSPHRASE)).dataKey);
      await storage.pupils.putMany(demo.pupils);
      await storage.cycles.putMany(demo.cycles);
      await storage.interventions.putMany(demo.interventions);
      return demo.pupils.length;
    },
    eraseEverything: async () => {
      await erase();
      await hooks.forgetMisAccess?.();
    },
    publishReviewDates: async (dates) => {
      await saveReviewDates(db, dates);
      hooks.reviewDatesChanged?.();
    },
    now: () => new Date(),
    lockChannel: broadcastLockChannel(dbName),
  };
}

/** Used while locked: any attempt to read or write a personal record fails with a clear reason. */
const lockedCodec: RecordCodec = {
  encode: () => Promise.reject(new Error("SEND Companion is locked. Unlock it to save pupil records.")),
  decode: () => Promise.reject(new Error("SEND Companion is locked. Unlock it to read pupil records.")),
};

function summarise(stores: Record<string, { added: number; replaced: number }>, vaultRestored: boolean): RestoreSummary {
  const counts = Object.values(stores);
  return {
    added: counts.reduce((n, c) => n + c.added, 0),
    replaced: counts.reduce((n, c) => n + c.replaced, 0),
    byKind: stores,
    passphraseFromBackup: vaultRestored,
  };
}
