import { generateDemoSchool } from "@/demo-school/generate";
import { Cycle } from "@/graduated-approach/cycle";
import { Pupil } from "@/graduated-approach/pupil";
import { Audit } from "@/self-audit/audit";
import { toJsonSafe } from "@/storage/backup/binary-json";
import type { RecordCodec } from "@/storage/codec";
import { createStorage } from "@/storage/create-storage";
import type { SendDb } from "@/storage/db";
import { InclusionStrategy } from "@/inclusion-strategy/strategy-schema";
import { delivered, group } from "../../../fixtures/interventions";

export const schemas = { pupil: Pupil, cycle: Cycle, audit: Audit };
export const fast = { iterations: 1_000 };
export const SCHOOL_PASSPHRASE = "otter lantern meadow quiver";
export const BACKUP_PASSPHRASE = "biscuit harbour pylon ember";

/** Writes a made-up school of `pupils` pupils (with their cycles) through the codec. */
export async function writeSchool(db: SendDb, codec: RecordCodec, pupils: number, seed = 7) {
  const school = generateDemoSchool({ pupils, seed, today: "2026-03-03" });
  const storage = createStorage(db, codec, schemas);
  await storage.pupils.putMany(school.pupils);
  await storage.cycles.putMany(school.cycles);
  const intervention = group({
    roster: school.pupils.slice(0, 3).map((p) => ({ pupilId: p.id, joined: "2026-01-05" })),
    sessions: [delivered("2026-01-05"), delivered("2026-01-07", school.pupils.slice(0, 1).map((p) => p.id))],
  });
  await storage.interventions.put(intervention);
  const strategy = InclusionStrategy.parse({
    settingName: school.setting.name, periodFrom: "2026-03-03", periodTo: "2027-03-03", writtenOn: "2026-03-03", reviewOn: "2027-03-03",
    text: { context: "Testy context" }, updatedAt: "2026-03-03T12:00:00.000Z",
  });
  await storage.strategies.put(strategy);
  return { school, storage, intervention, strategy };
}

/**
 * Everything in the database as text, binary included byte for byte (vitest's toEqual does not compare
 * ArrayBuffer contents, so tests compare this instead).
 */
export async function dump(db: SendDb): Promise<string> {
  const stores = ["settings", "frameworks", "pupils", "cycles", "audits", "interventions", "strategies"] as const;
  const out: Record<string, unknown> = {};
  for (const name of stores) out[name] = await db.getAll(name);
  out.vault = await db.get("meta", "vault");
  return canonical(toJsonSafe(out));
}

/** JSON with every object's keys sorted, so key order (which IndexedDB does not preserve as meaning) is ignored. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Records in id order, as getAll returns them, as JSON text. */
export function byId<T extends { id: string }>(records: readonly T[]): string {
  return JSON.stringify([...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
