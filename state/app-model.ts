import { computed, signal } from "@preact/signals";
import type { Framework } from "@/commitment-framework/schema";
import { parseFrameworkFile } from "@/commitment-framework/load-framework";
import type { FrameworkMapping } from "@/commitment-framework/import/mapping";
import { withCostOverrides } from "@/school-setting/cost-overrides";
import type { Setting, SettingInput } from "@/school-setting/setting";
import type { AppStorage } from "./boot";
import { LOCKED_ELSEWHERE, type LockChannel } from "./lock-channel";
import { createLockWatchers } from "./lock-watchers";
import type { MergePreview } from "./merge-restore";
import { announcePupilsChanged, announceSettingChanged } from "./records-changed";

export interface PassphraseStrength {
  score: number;
  label: string;
  ok: boolean;
  advice: string;
}

/** What the app model needs from storage, encryption and the demo generator; the entrypoint supplies it. */
export interface AppDeps {
  builtInFramework: Framework;
  /** The stores as they are now (they are rebuilt when the codec changes, e.g. after unlocking). */
  storage(): AppStorage;
  loadSetting(): Promise<Setting | undefined>;
  saveSetting(setting: Setting): Promise<void>;
  loadFramework(id: string): Promise<Framework | undefined>;
  listFrameworks(): Promise<Framework[]>;
  storeFramework(framework: Framework): Promise<void>;
  /** Keeps a version a newer one replaces, so audits, cycles and packs made with it can still be read. */
  archiveFramework(framework: Framework): Promise<void>;
  frameworkVersions(frameworkId: string): Promise<Framework[]>;
  saveMapping(key: string, mapping: FrameworkMapping): Promise<void>;
  loadMapping(key: string): Promise<FrameworkMapping | undefined>;
  countPupils(): Promise<number>;
  hasVault(): Promise<boolean>;
  isUnlocked(): boolean;
  /** Sets up encryption with a new passphrase, unlocks, and returns the one-time recovery key. */
  createVault(passphrase: string): Promise<string>;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecoveryKey(recoveryKey: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** After a recovery-key unlock: a new passphrase and a new recovery key (returned) replace both old ones. */
  resetPassphrase(next: string): Promise<string>;
  /** Replaces the recovery key (the old one stops working) and returns the new one. */
  newRecoveryKey(): Promise<string>;
  /** Forgets the data key; records stay encrypted on disk. */
  lock(): void;
  /** Loads the strength checker (its dictionaries on first use); `userWords` count as easy to guess. */
  loadPassphraseChecker(userWords: readonly string[]): Promise<(passphrase: string) => PassphraseStrength>;
  /** An encrypted file of everything, protected by its own passphrase. */
  makeBackup(backupPassphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Restores a backup file: into an empty install (its passphrase comes with it), or merged into this one.
   * `oldPassphrase` is needed only when the backup came from an install with a different passphrase history.
   */
  /** Into an empty install: restores at once. Into one with records: a preview whose `apply` merges. */
  restoreBackup(file: Blob, backupPassphrase: string, oldPassphrase?: string): Promise<RestoreSummary | RestorePreview>;
  /**
   * For an install that cannot open (e.g. a damaged setting record): checks the backup file can be read,
   * then erases everything here and restores the backup into the empty install, its passphrase with it.
   */
  replaceWithBackup(file: Blob, backupPassphrase: string): Promise<RestoreSummary>;
  /** Writes the synthetic demo school, encrypted with the demo passphrase; returns how many pupils it added. */
  seedDemoSchool(): Promise<number>;
  eraseEverything(): Promise<void>;
  /** Stores the open cycles' review dates (no names, no ids) for the toolbar badge. */
  publishReviewDates(dates: readonly string[]): Promise<void>;
  now(): Date;
  /** Tells the other open pages about a lock and hears theirs (absent: this page locks on its own). */
  lockChannel?: LockChannel;
}

export interface RestoreSummary {
  added: number;
  replaced: number;
  /** Records per kind, e.g. { pupils: { added: 3, replaced: 1 } }. */
  byKind: Record<string, { added: number; replaced: number }>;
  /** The backup brought its own passphrase: unlock with the one in use when it was made. */
  passphraseFromBackup: boolean;
}

/** A merge restore worked out but not yet written (see state/merge-restore.ts). */
export type RestorePreview = Omit<MergePreview, "apply"> & { apply(): Promise<RestoreSummary> };

export const isRestorePreview = (result: RestoreSummary | RestorePreview): result is RestorePreview => "apply" in result;

export type AppStatus = "loading" | "first-run" | "protect" | "reset-passphrase" | "recovery-key" | "locked" | "ready" | "failed";

export function createAppModel(deps: AppDeps) {
  const status = signal<AppStatus>("loading");
  const setting = signal<Setting | null>(null);
  const framework = signal<Framework>(deps.builtInFramework);
  const pupilCount = signal(0);
  const problem = signal<string | null>(null);
  const recoveryKey = signal<string | null>(null);
  const lockReason = signal<string | null>(null);
  /** Unlocked with the recovery key: nothing else opens until a new passphrase is set. */
  let mustResetPassphrase = false;
  const watchers = createLockWatchers(() => {
    deps.lock();
    mustResetPassphrase = false;
  });

  /** Saves what is waiting, then forgets the key and every decrypted record this page holds. */
  async function lockNow(reason: string | null): Promise<void> {
    await watchers.lock();
    recoveryKey.value = null;
    lockReason.value = reason;
    status.value = "locked";
  }
  const frameworks = signal<Framework[]>([deps.builtInFramework]);
  const frameworkChoices = computed(() => frameworks.value.map((f) => ({ value: f.id, label: `${f.name} (${f.localAuthority}, version ${f.version})` })));

  async function refresh() {
    const others = (await deps.listFrameworks()).filter((f) => f.id !== deps.builtInFramework.id);
    frameworks.value = [deps.builtInFramework, ...others];
    const stored = await deps.loadSetting();
    setting.value = stored ?? null;
    if (!stored) status.value = "first-run";
    else if (!(await deps.hasVault())) status.value = "protect";
    else if (!deps.isUnlocked()) status.value = "locked";
    else if (mustResetPassphrase) status.value = "reset-passphrase";
    else {
      framework.value = withCostOverrides((await deps.loadFramework(stored.frameworkId)) ?? deps.builtInFramework, stored.costs);
      pupilCount.value = await deps.countPupils();
      status.value = "ready";
    }
  }

  /** Stores a framework and makes it the setting's; the version it replaces is archived, never lost. */
  async function useFramework(next: Framework) {
    const previous = next.id === deps.builtInFramework.id ? undefined : await deps.loadFramework(next.id);
    if (previous && previous.version !== next.version) await deps.archiveFramework(previous);
    await deps.storeFramework(next);
    if (setting.value) await deps.saveSetting({ ...setting.value, frameworkId: next.id });
    await refresh();
  }

  /** The strength check for new vault and backup passphrases, with the setting's name as a guessable word. */
  const loadPassphraseChecker = () => deps.loadPassphraseChecker(setting.value ? [setting.value.name] : []);

  deps.lockChannel?.listen((reason) => {
    if (status.value === "ready" || status.value === "reset-passphrase") void lockNow(reason ?? LOCKED_ELSEWHERE);
  });

  async function load() {
    try {
      await refresh();
    } catch (e) {
      problem.value = `SEND Companion could not open its data on this computer: ${messageOf(e)}`;
      status.value = "failed";
    }
  }

  return {
    status,
    setting,
    framework,
    pupilCount,
    problem,
    recoveryKey,
    lockReason,
    frameworkChoices,
    storage: deps.storage,
    now: deps.now,
    loadPassphraseChecker,
    load,
    async saveSetting(input: SettingInput) {
      await deps.saveSetting({ ...input, lockAfterMinutes: 15, createdAt: deps.now().toISOString(), demo: false, misSites: [] });
      await refresh();
    },
    /** Checks a local authority's framework file and, if it is valid, makes it the setting's framework. */
    async importFramework(text: string, fileName: string): Promise<string[]> {
      const result = parseFrameworkFile(text, fileName);
      if (!result.ok) return result.errors;
      await useFramework(result.framework);
      return [];
    },
    useFramework,
    /** The built-in framework's id: it ships with SEND Companion and cannot be replaced by an imported or edited one. */
    builtInFrameworkId: deps.builtInFramework.id,
    /** The stored framework with this id (the version in use), if any. */
    storedFramework: (id: string) => deps.loadFramework(id),
    frameworkVersions: deps.frameworkVersions,
    saveMapping: deps.saveMapping,
    loadMapping: deps.loadMapping,
    async chooseFramework(frameworkId: string) {
      if (!setting.value) return;
      await deps.saveSetting({ ...setting.value, frameworkId });
      await refresh();
    },
    async updateSetting(patch: Partial<Pick<Setting, "lockAfterMinutes" | "misSites" | "costs">>) {
      if (!setting.value) return;
      await deps.saveSetting({ ...setting.value, ...patch });
      await refresh();
    },
    async createPassphrase(passphrase: string) {
      recoveryKey.value = await deps.createVault(passphrase);
      status.value = "recovery-key";
    },
    async recoveryKeySaved() {
      recoveryKey.value = null;
      await refresh();
    },
    async unlock(passphrase: string) {
      await deps.unlock(passphrase);
      lockReason.value = null;
      await refresh();
    },
    async unlockWithRecoveryKey(key: string) {
      await deps.unlockWithRecoveryKey(key);
      lockReason.value = null;
      mustResetPassphrase = true;
      await refresh();
    },
    /** "Make a new recovery key" in Security: the old key stops working; the new one is shown once. */
    async newRecoveryKey() {
      recoveryKey.value = await deps.newRecoveryKey();
      status.value = "recovery-key";
    },
    /** Sets the new passphrase after a recovery-key unlock, then shows the new recovery key once. */
    async resetPassphrase(next: string) {
      recoveryKey.value = await deps.resetPassphrase(next);
      mustResetPassphrase = false;
      status.value = "recovery-key";
    },
    changePassphrase: deps.changePassphrase,
    generation: watchers.generation,
    /** Registers a model that holds decrypted records (see lock-watchers.ts); returns a function that unregisters it. */
    onLock: watchers.watch,
    /**
     * Flushes pending saves (waiting at most LOCK_FLUSH_LIMIT_MS), then forgets the key and every decrypted record,
     * and tells the other open pages to lock too.
     */
    async lock(reason: string | null = null) {
      if (status.value !== "ready" && status.value !== "reset-passphrase") return;
      deps.lockChannel?.announce(reason);
      await lockNow(reason);
    },
    /** Makes the backup file and notes the day in the setting, for "Last backup N days ago" on the Due view. */
    async makeBackup(backupPassphrase: string) {
      const file = await deps.makeBackup(backupPassphrase);
      if (setting.value) {
        const next = { ...setting.value, lastBackupOn: deps.now().toISOString().slice(0, 10) };
        await deps.saveSetting(next);
        setting.value = next;
        announceSettingChanged();
      }
      return file;
    },
    /** Reads the setting again, after another page changed it (e.g. made a backup). */
    async reloadSetting() {
      const stored = await deps.loadSetting();
      if (stored) setting.value = stored;
    },
    publishReviewDates: deps.publishReviewDates,
    async restoreBackup(file: Blob, backupPassphrase: string, oldPassphrase?: string): Promise<RestoreSummary | RestorePreview> {
      const result = await deps.restoreBackup(file, backupPassphrase, oldPassphrase);
      if (isRestorePreview(result)) {
        return {
          ...result,
          apply: async () => {
            const summary = await result.apply();
            announcePupilsChanged();
            await refresh();
            return summary;
          },
        };
      }
      if (result.passphraseFromBackup) await lockNow(null);
      await refresh();
      return result;
    },
    /** From the failure screen: erase everything here and restore the backup in its place; then unlock with its passphrase. */
    async replaceWithBackup(file: Blob, backupPassphrase: string) {
      const summary = await deps.replaceWithBackup(file, backupPassphrase);
      deps.lock();
      problem.value = null;
      await load();
      return summary;
    },
    async startDemo() {
      await deps.seedDemoSchool();
      await refresh();
    },
    /** Deletes the whole database (used by "Leave the demo school" and "Erase everything"). */
    async leaveDemo() {
      await deps.eraseEverything();
      problem.value = null;
      await load();
    },
  };
}

export type AppModel = ReturnType<typeof createAppModel>;

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
