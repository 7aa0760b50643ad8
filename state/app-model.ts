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
import type { ReencryptProgress, ReencryptResult } from "./reencrypt";

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
  /** What was wrong with the stored setting at the last load (each damaged field, now its default); empty when nothing. */
  settingProblems?(): string[];
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
  /**
   * Takes the key another page unlocked with (see shared-unlock.ts), if there is one for this vault; says whether
   * a new passphrase is owed first. Absent: every page unlocks on its own.
   */
  adoptSharedUnlock?(): Promise<{ mustResetPassphrase: boolean } | undefined>;
  /**
   * Hears this page's database connection being closed by another page (erase everything, restore, an upgrade):
   * the key is already forgotten when it runs. Returns a function that stops listening.
   */
  onDatabaseClosed?(listener: () => void): () => void;
  /** Opens the database again after another page closed it. */
  reopen?(): Promise<void>;
  /** Hears another page (or the background) unlock or lock everywhere; returns a function that stops listening. */
  onSharedUnlockChange?(listener: (unlocked: boolean) => void): () => void;
  changePassphrase(current: string, next: string): Promise<void>;
  /** After a recovery-key unlock: a new passphrase and a new recovery key (returned) replace both old ones. */
  resetPassphrase(next: string): Promise<string>;
  /**
   * "My passphrase may be known": a new data key under a new passphrase and a new recovery key (returned, to show
   * once); every record is re-encrypted under it. The old passphrase and recovery key stop working.
   */
  reencryptEverything(newPassphrase: string, onProgress: (p: ReencryptProgress) => void): Promise<ReencryptResult & { recoveryKey: string }>;
  /** Replaces the recovery key (the old one stops working) and returns the new one. */
  newRecoveryKey(): Promise<string>;
  /** Forgets the data key in this page; `everywhere` also takes it from every other page. Records stay encrypted on disk. */
  lock(everywhere?: boolean): void;
  /** Loads the strength checker (its dictionaries on first use); `userWords` count as easy to guess. */
  loadPassphraseChecker(userWords: readonly string[]): Promise<(passphrase: string) => PassphraseStrength>;
  /** An encrypted file of everything, protected by its own passphrase. */
  makeBackup(backupPassphrase: string): Promise<Blob>;
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

export type AppStatus = "loading" | "first-run" | "protect" | "reset-passphrase" | "recovery-key" | "locked" | "ready" | "failed" | "closed";

export function createAppModel(deps: AppDeps) {
  const status = signal<AppStatus>("loading");
  const setting = signal<Setting | null>(null);
  const framework = signal<Framework>(deps.builtInFramework);
  const pupilCount = signal(0);
  const problem = signal<string | null>(null);
  /** Damaged fields of the stored setting, replaced by their defaults; shown until the setting is saved again. */
  const settingProblems = signal<string[]>([]);
  const recoveryKey = signal<string | null>(null);
  const lockReason = signal<string | null>(null);
  /** Unlocked with the recovery key: nothing else opens until a new passphrase is set. */
  let mustResetPassphrase = false;
  /** This page pressed Lock (or its idle timer ran out): the key leaves every page, not only this one. */
  let forgetEverywhere = false;
  let locking = 0;
  /**
   * This page is changing the shared key itself (re-encrypting everything, or setting a new passphrase after a
   * recovery-key unlock): the session changes and lock message it causes are not for it.
   */
  let changingKeys = false;
  async function whileChangingKeys<T>(work: () => Promise<T>): Promise<T> {
    changingKeys = true;
    try {
      return await work();
    } finally {
      // Late echoes of this page's own lock message and session changes are ignored for a moment longer.
      setTimeout(() => (changingKeys = false), 500);
    }
  }
  const watchers = createLockWatchers(() => {
    deps.lock(forgetEverywhere);
    forgetEverywhere = false;
    mustResetPassphrase = false;
  });

  /** Saves what is waiting, then forgets the key and every decrypted record this page holds. */
  async function lockNow(reason: string | null, everywhere = false): Promise<void> {
    if (everywhere) forgetEverywhere = true;
    locking += 1;
    try {
      await watchers.lock();
    } finally {
      locking -= 1;
    }
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
    settingProblems.value = deps.settingProblems?.() ?? [];
    setting.value = stored ?? null;
    if (!stored) status.value = "first-run";
    else if (!(await deps.hasVault())) status.value = "protect";
    else if (!deps.isUnlocked() && !(await adoptSharedUnlock())) status.value = "locked";
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

  /** Opens with the key another page unlocked with; false when there is none (or not for this vault). */
  async function adoptSharedUnlock(): Promise<boolean> {
    const adopted = await deps.adoptSharedUnlock?.();
    if (!adopted) return false;
    mustResetPassphrase = adopted.mustResetPassphrase;
    lockReason.value = null;
    return true;
  }

  deps.lockChannel?.listen((reason) => {
    if (changingKeys) return;
    if (status.value === "ready" || status.value === "reset-passphrase") void lockNow(reason ?? LOCKED_ELSEWHERE);
    // Locked already because the session key went first: say why now the reason has come.
    else if (status.value === "locked" && reason && lockReason.value === LOCKED_ELSEWHERE) lockReason.value = reason;
  });

  deps.onDatabaseClosed?.(() => {
    // Saving is impossible now (the connection is gone): forget every decrypted record and say what happened.
    void watchers.lock().finally(() => {
      recoveryKey.value = null;
      status.value = "closed";
    });
  });

  deps.onSharedUnlockChange?.((unlocked) => {
    if (status.value === "closed") return;
    const now = status.value;
    if (changingKeys) return;
    if (!unlocked) {
      // The lock channel usually gets here first, with the reason; this catches a lock that sent none.
      if (locking > 0) return;
      if (now === "ready" || now === "reset-passphrase") void lockNow(LOCKED_ELSEWHERE);
      // Showing a recovery key: keep it on screen, but forget the key and records, so Continue leads to the lock screen.
      else if (now === "recovery-key" && deps.isUnlocked()) void watchers.lock();
    } else if ((now === "locked" && !deps.isUnlocked()) || now === "reset-passphrase") {
      // Unlocked in another page (or a new passphrase was set there after a recovery-key unlock): open here too.
      if (now === "reset-passphrase") deps.lock(false);
      void load();
    }
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
    settingProblems,
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
    /** "Keep these defaults": saves the setting as it was read, with its damaged fields replaced, so the notice goes. */
    async keepRepairedSetting() {
      if (!setting.value) return;
      await deps.saveSetting(setting.value);
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
    /**
     * Re-encrypts everything under a new key and passphrase; the other pages lock meanwhile. Then shows the new
     * recovery key once. Resolves to how many records could not be read (left as they were).
     */
    async reencryptEverything(next: string, onProgress: (p: ReencryptProgress) => void): Promise<number> {
      const result = await whileChangingKeys(() => {
        deps.lockChannel?.announce(REENCRYPTING);
        return deps.reencryptEverything(next, onProgress);
      });
      recoveryKey.value = result.recoveryKey;
      status.value = "recovery-key";
      return result.unreadable;
    },
    /** Sets the new passphrase after a recovery-key unlock, then shows the new recovery key once. */
    async resetPassphrase(next: string) {
      recoveryKey.value = await whileChangingKeys(() => deps.resetPassphrase(next));
      mustResetPassphrase = false;
      status.value = "recovery-key";
    },
    changePassphrase: deps.changePassphrase,
    generation: watchers.generation,
    /** Activity in this page restarts the other pages' idle timers, and theirs restart this one's. */
    sharedActivity: deps.lockChannel?.announceActivity && deps.lockChannel.onActivity
      ? { tell: deps.lockChannel.announceActivity, hear: deps.lockChannel.onActivity }
      : undefined,
    /** Registers a model that holds decrypted records (see lock-watchers.ts); returns a function that unregisters it. */
    onLock: watchers.watch,
    /**
     * Flushes pending saves (waiting at most LOCK_FLUSH_LIMIT_MS), then forgets the key and every decrypted record,
     * and tells the other open pages to lock too.
     */
    async lock(reason: string | null = null) {
      if (status.value !== "ready" && status.value !== "reset-passphrase") return;
      deps.lockChannel?.announce(reason);
      await lockNow(reason, true);
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
      if (result.passphraseFromBackup) await lockNow(null, true);
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
    /** From the "closed by another window" screen: open the database again and start from the top. */
    async reopen() {
      await deps.reopen?.();
      problem.value = null;
      lockReason.value = null;
      status.value = "loading";
      await load();
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

/** What the other pages' lock screens say while one page re-encrypts everything. */
export const REENCRYPTING = "SEND Companion is re-encrypting your records with a new key in another window. Unlock with the new passphrase when it has finished.";

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
