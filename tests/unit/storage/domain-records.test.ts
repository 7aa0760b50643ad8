import { describe, expect, it } from "vitest";
import { Cycle, newCycle } from "@/graduated-approach/cycle";
import { newPupil } from "@/graduated-approach/new-pupil";
import { Pupil } from "@/graduated-approach/pupil";
import { Audit } from "@/self-audit/audit";
import { createStorage } from "@/storage/create-storage";
import { createReversingCodec, freshDatabases } from "./fakes";

const dbs = freshDatabases();
const domainSchemas = { pupil: Pupil, cycle: Cycle, audit: Audit };

describe("storage with the domain's own schemas", () => {
  it("keeps a pupil, their cycles and an audit through an encoding codec", async () => {
    const db = await dbs.open();
    const { codec } = createReversingCodec();
    const storage = createStorage(db, codec, domainSchemas);
    const made = newPupil(
      {
        firstName: "Testy",
        lastName: "McTestface",
        dateOfBirth: "2016-01-01",
        yearGroup: "Y4",
        phase: "school",
        senStatus: { code: "K" },
        tier: "targeted",
      },
      "2000-01-01T00:00:00.000Z",
      "pupil-test-a",
    );
    if (!made.success) throw made.error;
    const cycles = [newCycle("pupil-test-a", 1, "2000-01-02", "cycle-test-1"), newCycle("pupil-test-b", 1, "2000-01-02", "cycle-test-2")];
    const audit = Audit.parse({
      id: "audit-test-1",
      settingName: "Nowhere Test Primary School",
      frameworkId: "test-la-framework",
      frameworkVersion: "0.1",
      phase: "school",
      startedOn: "2000-01-03",
      updatedAt: "2000-01-03T00:00:00.000Z",
    });

    await storage.pupils.put(made.data);
    await storage.cycles.putMany(cycles);
    await storage.audits.put(audit);

    expect(await storage.pupils.get("pupil-test-a")).toEqual(made.data);
    expect(await storage.cycles.getAllByIndex("byPupil", "pupil-test-a")).toEqual({ records: [cycles[0]], quarantined: [] });
    expect(await storage.audits.getAll()).toEqual({ records: [audit], quarantined: [] });
    expect(JSON.stringify(await db.getAll("pupils"))).not.toContain("McTestface");
  });
});
