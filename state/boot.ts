import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { Cycle } from "@/graduated-approach/cycle";
import { Pupil } from "@/graduated-approach/pupil";
import { Audit } from "@/self-audit/audit";
import { generateDemoSchool } from "@/demo-school/generate";
import { createStorage, deleteSendDb, openSendDb, plainCodec, SEND_DB_NAME, type SendStorage } from "@/storage";
import type { AppDeps } from "./app-model";

export const DEMO_PUPILS = 30;

/** Every store the extension pages use, typed with the domain's records. */
export type AppStorage = SendStorage<Pupil, Cycle, Audit>;

/** Opens the local database and builds the app model over it. Used by every extension page. */
export async function openAppDeps(dbName = SEND_DB_NAME): Promise<AppDeps> {
  const builtInFramework = loadBuiltInFramework();
  let db = await openSendDb(dbName);
  const open = () => createStorage(db, plainCodec, { pupil: Pupil, cycle: Cycle, audit: Audit });
  let storage: AppStorage = open();
  return {
    builtInFramework,
    storage: () => storage,
    loadSetting: () => storage.settings.get(),
    saveSetting: async (setting) => {
      await storage.frameworks.put(builtInFramework);
      await storage.settings.save(setting);
    },
    loadFramework: (id) => (id === builtInFramework.id ? Promise.resolve(builtInFramework) : storage.frameworks.get(id)),
    countPupils: async () => (await storage.pupils.getAll()).records.length,
    seedDemoSchool: async () => {
      const demo = generateDemoSchool({ pupils: DEMO_PUPILS, seed: 2026, today: new Date().toISOString().slice(0, 10) });
      await storage.pupils.putMany(demo.pupils);
      await storage.cycles.putMany(demo.cycles);
      await storage.frameworks.put(builtInFramework);
      await storage.settings.save({
        name: demo.setting.name,
        phases: demo.setting.phases,
        frameworkId: builtInFramework.id,
        createdAt: new Date().toISOString(),
        demo: true,
      });
      return demo.pupils.length;
    },
    eraseEverything: async () => {
      db.close();
      await deleteSendDb(dbName);
      db = await openSendDb(dbName);
      storage = open();
    },
    now: () => new Date(),
  };
}

