import { describe, expect, it } from "vitest";
import { applyImport, previewImport } from "@/graduated-approach/csv-import";
import { newPupil } from "@/graduated-approach/new-pupil";
import type { Pupil } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";

const TODAY = "2026-11-23";
const NOW = `${TODAY}T10:00:00.000Z`;
const UPN_1 = syntheticUpn("999100143001");

function inRegister(overrides: Partial<Pupil> = {}): Pupil {
  const made = newPupil(
    { firstName: "Zoë", lastName: "McTestface", dateOfBirth: "2015-09-01", yearGroup: "Y6", cohort: 2020, phase: "school", upn: UPN_1,
      senStatus: { code: "K", since: "2021-09-06" }, needs: [{ code: "SPLD", rank: 1 }], tier: "targeted" },
    "2026-09-10T00:00:00.000Z", "existing-1");
  if (!made.success) throw made.error;
  return { ...made.data, ...overrides };
}

const FILE = ["UPN,Forename,Surname,DOB,Year,SEN status,SEN start date,Primary need,Secondary need",
  `${UPN_1},Zoe,McTestface,01/09/2015,6,E,01/11/2026,ASC,SLCN`].join("\n");

describe("updates: before → after, and what a file may change", () => {
  it("lists every field the row would change, before and after", () => {
    const preview = previewImport(FILE, [inRegister()], undefined, { asOf: TODAY, today: TODAY });
    expect(preview.counts).toEqual({ rows: 1, add: 0, update: 1, skip: 0 });
    expect(preview.rows[0]!.changes).toEqual([
      { field: "senStatus", before: "SEN support", after: "EHC plan" },
      { field: "senSince", before: "6 September 2021", after: "1 November 2026" },
      {
        field: "needs",
        before: "SPLD (Specific Learning Difficulty)",
        after: "ASD (Autistic Spectrum Disorder), SLCN (Speech, Language and Communication Needs)",
      },
      { field: "names", before: "Zoë McTestface", after: "Zoe McTestface" },
    ]);
  });

  it("by default changes SEN provision, its date and needs, and keeps the register's spelling of names", () => {
    const preview = previewImport(FILE, [inRegister()], undefined, { asOf: TODAY, today: TODAY });
    const [updated] = applyImport([inRegister()], preview, NOW).toUpdate;
    expect(updated).toMatchObject({
      firstName: "Zoë",
      senStatus: { code: "E", since: "2026-11-01" },
      needs: [{ code: "ASD", rank: 1 }, { code: "SLCN", rank: 2 }],
    });
  });

  it("changes only what the user allows", () => {
    const preview = previewImport(FILE, [inRegister()], undefined, { asOf: TODAY, today: TODAY });
    const [names] = applyImport([inRegister()], preview, NOW, { overwrite: ["names"] }).toUpdate;
    expect(names).toMatchObject({ firstName: "Zoe", senStatus: { code: "K", since: "2021-09-06" }, needs: [{ code: "SPLD", rank: 1 }] });
    const [statusOnly] = applyImport([inRegister()], preview, NOW, { overwrite: ["senStatus"] }).toUpdate;
    // Without its date, a new provision dates from the day of the import.
    expect(statusOnly).toMatchObject({ firstName: "Zoë", senStatus: { code: "E", since: TODAY }, needs: [{ code: "SPLD", rank: 1 }] });
  });

  it("matches a pupil without a UPN by name and date of birth instead of adding them twice, and fills in the UPN", () => {
    const noUpn = inRegister({ upn: undefined });
    const preview = previewImport(FILE.replace("Zoe", "Zoë"), [noUpn], undefined, { asOf: TODAY, today: TODAY });
    expect(preview.rows[0]).toMatchObject({ action: "update", matchId: "existing-1", matchedBy: "name and date of birth" });
    expect(applyImport([noUpn], preview, NOW).toUpdate[0]!.upn).toBe(UPN_1);
    const twice = previewImport("Forename,Surname,DOB\nzoë,mctestface,01/09/2015\n", [noUpn, { ...noUpn, id: "existing-2" }], undefined, { asOf: TODAY, today: TODAY });
    expect(twice.rows[0]).toMatchObject({
      action: "add",
      warnings: ["Row 2: 2 pupils in the register have this name and date of birth, so this row is added as a new pupil"],
    });
  });
});
