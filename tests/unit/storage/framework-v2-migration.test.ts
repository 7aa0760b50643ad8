import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { broadAreaOf, levelAndTier, statementTier } from "@/commitment-framework/queries";
import { Cycle } from "@/graduated-approach/cycle";
import { runPlanQuality } from "@/graduated-approach/plan-quality";
import { Pupil } from "@/graduated-approach/pupil";
import { Audit } from "@/self-audit/audit";
import { createStorage } from "@/storage/create-storage";
import { plainCodec } from "@/storage/codec";
import { applyMigrations, type Migration } from "@/storage/migration";
import { MIGRATIONS } from "@/storage/migrations";
import type { SendDbSchema } from "@/storage/schema";
import { editCycle, fakePupil, goodCycle } from "../../fixtures/graduated";
import { auditWith } from "../../fixtures/sample-audits";
import { tinyFramework, tinyFrameworkV1 } from "../../fixtures/tiny-framework";
import { freshDatabases } from "./fakes";

const dbs = freshDatabases();
const schemas = { pupil: Pupil, cycle: Cycle, audit: Audit };
const before = (name: string) => MIGRATIONS.filter((m) => m.version < 2 && m.name !== name);

/** An install as version 1 left it: a version-1 framework from a local authority, a pupil, a cycle and an audit. */
async function versionOneInstall(name: string) {
  const v1: readonly Migration[] = before("framework-v2");
  const old = dbs.track(name, await openDB<SendDbSchema>(name, 1, {
    upgrade: (db, oldVersion, _n, tx) => applyMigrations(db, oldVersion, 1, tx, v1),
  }));
  const pupil = fakePupil({ tier: "t2" });
  const cycle = editCycle(goodCycle(), (c) => {
    c.stages.plan.provisions[0]!.area = "talk";
    c.stages.plan.provisions[0]!.statementId = "talk-2";
    c.stages.plan.outcomes[0]!.area = "talk";
  });
  const audit = auditWith(tinyFramework(), { "talk-1": { rating: 2, evidence: "Seen in every class" }, "lead-1": { rating: 1 } });
  await old.put("frameworks", { id: "test-la-framework", payload: tinyFrameworkV1() });
  await old.put("pupils", { id: pupil.id, payload: pupil });
  await old.put("cycles", { id: cycle.id, pupilId: pupil.id, payload: cycle });
  await old.put("audits", { id: audit.id, payload: audit });
  old.close();
  return { pupil, cycle, audit };
}

describe('the "framework-v2" migration', () => {
  it("is in the released list, after the core stores", () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(names).toContain("framework-v2");
    expect(names.indexOf("framework-v2")).toBeGreaterThan(names.indexOf("0001-create-core-stores"));
  });

  it("opens a version-1 install and finds its pupils, cycles, audits and framework intact, the framework now version 2", async () => {
    const name = dbs.newName();
    const { pupil, cycle, audit } = await versionOneInstall(name);

    const db = await dbs.open(name);
    expect(await db.get("meta", "migrations")).toContain("framework-v2");
    const raw = await db.get("frameworks", "test-la-framework");
    expect((raw?.payload as { schemaVersion: number }).schemaVersion).toBe(2);

    const storage = createStorage(db, plainCodec, schemas);
    const frameworks = await storage.frameworks.list();
    expect(frameworks.quarantined).toEqual([]);
    const fw = frameworks.records[0]!;
    expect(fw.levels.map((l) => [l.id, l.tier])).toEqual([["t1", "t1"], ["t2", "t2"], ["t3", "t3"], ["t4", "t4"]]);
    expect(fw.areas.find((a) => a.id === "talk")?.broadArea).toBe("communication-interaction");
    expect(fw.statements.map((s) => [s.id, s.kind, statementTier(fw, s)])).toEqual([
      ["talk-1", "provision", "t1"], ["talk-2", "provision", "t2"], ["lead-1", "provision", "t1"], ["lead-2", "provision", "t4"],
    ]);

    expect((await storage.pupils.getAll()).records).toEqual([pupil]);
    expect((await storage.cycles.getAllByIndex("byPupil", pupil.id)).records).toEqual([cycle]);
    expect((await storage.audits.getAll()).records).toEqual([audit]);

    // What the records point at still resolves in the converted framework.
    const statementIds = new Set(fw.statements.map((s) => s.id));
    expect(Object.keys(audit.assessments).every((id) => statementIds.has(id))).toBe(true);
    expect(cycle.stages.plan.provisions.map((p) => [broadAreaOf(fw, p.area), levelAndTier(fw, "t2")])).toEqual([["communication-interaction", "Some"]]);
    const issues = runPlanQuality(pupil, cycle, "2026-01-15", 2, (id) => broadAreaOf(fw, id));
    expect(issues.map((i) => i.id)).not.toContain("provision-not-linked-to-need");
  });

  it("leaves a stored framework it cannot convert as it was, so the user is told rather than it being dropped", async () => {
    const name = dbs.newName();
    const old = dbs.track(name, await openDB<SendDbSchema>(name, 1, {
      upgrade: (db, oldVersion, _n, tx) => applyMigrations(db, oldVersion, 1, tx, before("framework-v2")),
    }));
    const unplaceable = { ...tinyFrameworkV1(), areas: [{ id: "zz", name: "Zebras", kind: "need", description: "Stripes." }] };
    await old.put("frameworks", { id: "test-la-framework", payload: unplaceable });
    old.close();

    const db = await dbs.open(name);
    expect((await db.get("frameworks", "test-la-framework"))?.payload).toEqual(unplaceable);
    const { quarantined } = await createStorage(db, plainCodec, schemas).frameworks.list();
    expect(quarantined).toHaveLength(1);
  });
});
