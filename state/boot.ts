import { DEMO_PASSPHRASE } from "@/demo-school/passphrase";
import { Cycle } from "@/graduated-approach/cycle";
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
} from "@/storage/vault";
import type { AppDeps, RestoreSummary } from "./app-model";
import { broadcastLockChannel } from "./lock-channel";

/** The demo school holds only made-up pupils, so its passphrase is printed on screen. */

/** Every store the extension pages use, typed with the domain's records. */
export type AppStorage = SendStorage<Pupil, Cycle, Audit> & {
  /** What an import in progress is writing, until it has all been saved (see interrupted-import.ts). */
  importJournal: SingleRecordStore<ImportJournal>;
};

/**
 * Opens the local database and wires storage, encryption and the demo school for the app model.
 * The data key lives only in this page's memory: it is forgotten on lock and when the page closes.
 */
export async function openAppDeps(
  dbName = SEND_DB_NAME,
  hooks: {
    reviewDatesChanged?: () => void;
    /** "Erase everything" also stops the MIS page reader and gives back the sites' access (platform/). */
    forgetMisAccess?: () => Promise<void>;
  } = {},
): Promise<AppDeps> {
  // The built-in framework (about 35 KB of gzipped JSON) is its own chunk, fetched while the database opens,
  // so it is not part of the side panel's start-up JavaScript.
  const builtInLoading = import("@/commitment-framework/built-in");
  let db = await openSendDb(dbName);
  const builtInFramework = (await builtInLoading).loadBuiltInFramework();
  let dataKey: CryptoKey | null = null;
  const build = (codec: RecordCodec): AppStorage => ({
    ...createStorage(db, codec, { pupil: StoredPupil, cycle: Cycle, audit: Audit }),
    // The setting names the school, not a pupil; it stays readable so the lock screen can greet the user.
    settings: createSettingsStore(db, plainCodec),
    importJournal: createSingleRecordStore(db, codec, ImportJournal, "import-journal"),
  });
  let storage = build(lockedCodec);
  const unlocked = (key: CryptoKey) => {
    dataKey = key;
    storage = build(new AesGcmCodec(key));
  };

  const erase = async () => {
    db.close();
    await deleteSendDb(dbName);
    db = await openSendDb(dbName);
    hooks.reviewDatesChanged?.();
    dataKey = null;
    storage = build(lockedCodec);
  };

  return {
    builtInFramework,
    storage: () => storage,
    loadSetting: () => storage.settings.get(),
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
      unlocked(created.dataKey);
      return created.recoveryKey;
    },
    unlock: async (passphrase) => unlocked(await unlockWithPassphrase(db, passphrase)),
    unlockWithRecoveryKey: async (key) => unlocked(await unlockWithRecoveryKey(db, key)),
    changePassphrase: async (current, next) => {
      const key = await unlockWithPassphrase(db, current);
      await changePassphrase(db, key, next);
    },
    resetPassphrase: async (next) => {
      if (!dataKey) throw new Error("SEND Companion is locked. Unlock it with your recovery key again.");
      return resetAfterRecovery(db, dataKey, next);
    },
    newRecoveryKey: async () => {
      if (!dataKey) throw new Error("SEND Companion is locked. Unlock it to make a new recovery key.");
      return replaceRecoveryKey(db, dataKey);
    },
    lock: () => {
      dataKey = null;
      storage = build(lockedCodec);
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
      if (!(await vaultExists(db))) unlocked((await createVault(db, DEMO_PASSPHRASE)).dataKey);
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
