import { computed, signal } from "@preact/signals";
import type { Framework } from "@/commitment-framework/schema";
import type { Setting, SettingInput } from "@/school-setting/setting";
import type { AppStorage } from "./boot";

/** What the app model needs from storage and the demo generator; the entrypoint supplies it. */
export interface AppDeps {
  builtInFramework: Framework;
  /** The stores as they are now (they are rebuilt when the codec changes, e.g. after unlocking). */
  storage(): AppStorage;
  loadSetting(): Promise<Setting | undefined>;
  saveSetting(setting: Setting): Promise<void>;
  loadFramework(id: string): Promise<Framework | undefined>;
  countPupils(): Promise<number>;
  /** Writes the synthetic demo school; returns how many pupils it added. */
  seedDemoSchool(): Promise<number>;
  eraseEverything(): Promise<void>;
  now(): Date;
}

export type AppStatus = "loading" | "first-run" | "ready" | "failed";

export function createAppModel(deps: AppDeps) {
  const status = signal<AppStatus>("loading");
  const setting = signal<Setting | null>(null);
  const framework = signal<Framework>(deps.builtInFramework);
  const pupilCount = signal(0);
  const problem = signal<string | null>(null);
  const frameworkChoices = computed(() => [{ value: deps.builtInFramework.id, label: deps.builtInFramework.name }]);

  async function refresh() {
    const stored = await deps.loadSetting();
    setting.value = stored ?? null;
    if (stored) {
      framework.value = (await deps.loadFramework(stored.frameworkId)) ?? deps.builtInFramework;
      pupilCount.value = await deps.countPupils();
    }
    status.value = stored ? "ready" : "first-run";
  }

  async function load() {
    try {
      await refresh();
    } catch (e) {
      problem.value = `SEND Companion could not open its data on this computer: ${messageOf(e)}`;
      status.value = "failed";
    }
  }

  async function saveSetting(input: SettingInput) {
    await deps.saveSetting({ ...input, createdAt: deps.now().toISOString(), demo: false });
    await refresh();
  }

  async function startDemo() {
    await deps.seedDemoSchool();
    await refresh();
  }

  async function leaveDemo() {
    await deps.eraseEverything();
    await refresh();
  }

  return {
    status, setting, framework, pupilCount, problem, frameworkChoices,
    storage: deps.storage, now: deps.now,
    load, saveSetting, startDemo, leaveDemo,
  };
}

export type AppModel = ReturnType<typeof createAppModel>;

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
