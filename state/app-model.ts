import { computed, signal } from "@preact/signals";
import type { Framework } from "@/commitment-framework/schema";
import { parseFrameworkFile } from "@/commitment-framework/load-framework";
import type { FrameworkMapping } from "@/commitment-framework/import/mapping";
import { withCostOverrides } from "@/school-setting/cost-overrides";
import type { Setting, SettingInput } from "@/school-setting/setting";
import type { AppStorage } from "./boot";

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
  /** Forgets the data key; records stay encrypted on disk. */
  lock(): void;
  passphraseStrength(passphrase: string): PassphraseStrength;
  /** An encrypted file of everything, protected by its own passphrase. */
  makeBackup(backupPassphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Restores a backup file: into an empty install (its passphrase comes with it), or merged into this one.
   * `oldPassphrase` is needed only when the backup came from an install with a different passphrase history.
   */
  restoreBackup(file: Blob, backupPassphrase: string, oldPassphrase?: string): Promise<RestoreSummary>;
  /** Writes the synthetic demo school, encrypted with the demo passphrase; returns how many pupils it added. */
  seedDemoSchool(): Promise<number>;
  eraseEverything(): Promise<void>;
  /** Stores the open cycles' review dates (no names, no ids) for the toolbar badge. */
  publishReviewDates(dates: readonly string[]): Promise<void>;
  now(): Date;
}

export interface RestoreSummary {
  added: number;
  replaced: number;
  /** Records per kind, e.g. { pupils: { added: 3, replaced: 1 } }. */
  byKind: Record<string, { added: number; replaced: number }>;
  /** The backup brought its own passphrase: unlock with the one in use when it was made. */
  passphraseFromBackup: boolean;
}

export type AppStatus = "loading" | "first-run" | "protect" | "recovery-key" | "locked" | "ready" | "failed";

export function createAppModel(deps: AppDeps) {
  const status = signal<AppStatus>("loading");
  const setting = signal<Setting | null>(null);
  const framework = signal<Framework>(deps.builtInFramework);
  const pupilCount = signal(0);
  const problem = signal<string | null>(null);
  const recoveryKey = signal<string | null>(null);
  const lockReason = signal<string | null>(null);
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
    passphraseStrength: deps.passphraseStrength,
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
      await refresh();
    },
    changePassphrase: deps.changePassphrase,
    lock(reason: string | null = null) {
      if (status.value !== "ready") return;
      deps.lock();
      lockReason.value = reason;
      status.value = "locked";
    },
    makeBackup: deps.makeBackup,
    publishReviewDates: deps.publishReviewDates,
    async restoreBackup(file: Blob, backupPassphrase: string, oldPassphrase?: string) {
      const summary = await deps.restoreBackup(file, backupPassphrase, oldPassphrase);
      if (summary.passphraseFromBackup) deps.lock();
      await refresh();
      return summary;
    },
    async startDemo() {
      await deps.seedDemoSchool();
      await refresh();
    },
    /** Deletes the whole database (used by "Leave the demo school" and "Erase everything"). */
    async leaveDemo() {
      await deps.eraseEverything();
      await refresh();
    },
  };
}

export type AppModel = ReturnType<typeof createAppModel>;

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
