// Makes the benchmark's school as an encrypted backup file, the way a user's data would reach a new computer:
// the project's demo generator makes the records, the app's own stores write them (encrypted under a vault's
// data key) into an in-memory IndexedDB, and the app's own createBackup turns that into the file that
// `npm run bench` then restores through the side panel. Every name and UPN is obviously fake.
import "fake-indexeddb/auto";
import { loadBuiltInFramework } from "../../commitment-framework/built-in";
import { demoAudit } from "../../demo-school/demo-audit";
import { generateDemoSchool } from "../../demo-school/generate";
import { Cycle } from "../../graduated-approach/cycle";
import { Pupil } from "../../graduated-approach/pupil";
import { Audit } from "../../self-audit/audit";
import { createBackup, createSettingsStore, createStorage, openSendDb, plainCodec } from "../../storage";
import { AesGcmCodec, createVault } from "../../storage/vault";

export interface BenchSchoolSize {
  pupils: number;
  cycles: number;
  logEntries: number;
  audits: number;
}

export const DEFAULT_SIZE: BenchSchoolSize = { pupils: 2_000, cycles: 8_000, logEntries: 20_000, audits: 2 };
export const SCHOOL_PASSPHRASE = "bench school passphrase";
export const BACKUP_PASSPHRASE = "walrus ferry pylon bench backup";
/** The made-up school is generated for this day; the bench browser's clock is not moved, so only ages drift. */
export const BENCH_TODAY = "2026-03-20";

export interface BenchSchool {
  backup: Uint8Array;
  /** A surname that is in the register, to type into the search box. */
  searchFor: string;
  /** The pupil with the most cycles (for the evidence pack). */
  packPupil: { id: string; name: string; cycles: number };
  counts: { pupils: number; cycles: number; logEntries: number; audits: number };
}

/** The school of the given size as an encrypted backup (production key-derivation rounds, as a real backup). */
export async function makeBenchSchool(size: BenchSchoolSize, seed = 16): Promise<BenchSchool> {
  const school = generateDemoSchool({ pupils: size.pupils, seed, today: BENCH_TODAY, cycles: size.cycles, logEntries: size.logEntries });
  const framework = loadBuiltInFramework();
  const audits = Array.from({ length: size.audits }, (_, i) =>
    demoAudit(framework, school.setting.name, "school", `${2025 - i}-07-10`, i + 1),
  ).map((a, i) => ({ ...a, id: `bench-audit-${i + 1}` }));
  const db = await openSendDb(`bench-${seed}-${size.pupils}`);
  try {
    const { dataKey } = await createVault(db, SCHOOL_PASSPHRASE);
    const storage = createStorage(db, new AesGcmCodec(dataKey), { pupil: Pupil, cycle: Cycle, audit: Audit });
    await storage.frameworks.put(framework);
    await createSettingsStore(db, plainCodec).save({
      name: "Bench school (made up)",
      phases: ["school"],
      frameworkId: framework.id,
      lockAfterMinutes: 240,
      createdAt: `${BENCH_TODAY}T08:00:00.000Z`,
      demo: false,
      misSites: [],
    });
    await storage.pupils.putMany(school.pupils);
    await storage.cycles.putMany(school.cycles);
    await storage.audits.putMany(audits);
    const backup = new Uint8Array(await (await createBackup(db, BACKUP_PASSPHRASE)).arrayBuffer());
    const perPupil = new Map<string, number>();
    for (const c of school.cycles) perPupil.set(c.pupilId, (perPupil.get(c.pupilId) ?? 0) + 1);
    const [packId, packCycles] = [...perPupil].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    const packPupil = school.pupils.find((p) => p.id === packId);
    return {
      backup,
      searchFor: school.pupils[Math.floor(school.pupils.length / 3)]?.lastName ?? "Example",
      packPupil: { id: packId, name: packPupil ? `${packPupil.lastName}, ${packPupil.firstName}` : "", cycles: packCycles },
      counts: {
        pupils: school.pupils.length,
        cycles: school.cycles.length,
        logEntries: school.cycles.reduce((n, c) => n + c.stages.do.log.length, 0),
        audits: audits.length,
      },
    };
  } finally {
    db.close();
  }
}
