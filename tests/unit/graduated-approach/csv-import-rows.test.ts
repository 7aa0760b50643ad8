import { describe, expect, it } from "vitest";
import {
  applyImport, previewImport, previewRows, skippedRows, skippedRowsCsv, type SourceRow,
} from "@/graduated-approach/csv-import";
import { newPupil } from "@/graduated-approach/new-pupil";
import type { Pupil } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";

const NOW = "2026-11-23T10:00:00.000Z";
const UPN_1 = syntheticUpn("999100127001");
const UPN_2 = syntheticUpn("999100127002");

function existingPupil(upn: string, senStatus: Pupil["senStatus"]): Pupil {
  const result = newPupil(
    { firstName: "Old", lastName: "Name", dateOfBirth: "2015-09-01", yearGroup: "Y5", phase: "school", upn, senStatus, needs: [], tier: "universal" },
    "2025-01-01T00:00:00.000Z",
    `existing-${upn}`,
  );
  if (!result.success) throw result.error;
  return result.data;
}

const pupil = (n: number, cells: SourceRow["cells"]): SourceRow => ({ rowNumber: n, label: `Pupil ${n}`, cells });

describe("previewRows: rows from any file type", () => {
  it("labels messages with the row's label, for a Common Transfer File's pupils too", () => {
    const preview = previewRows(
      [
        pupil(1, { upn: UPN_1, firstName: "Testy", lastName: "McTestface", dateOfBirth: "2015-09-01", yearGroup: "6", senStatus: "K", senSince: "2021-09-06", primaryNeed: "SPLD" }),
        pupil(2, { upn: UPN_1, firstName: " Dupe ", lastName: "McDupeface", dateOfBirth: "2015-09-01" }),
        pupil(3, { firstName: "Fakey", lastName: "Fakerson", dateOfBirth: "2016-13-14", yearGroup: "Y15", senStatus: "Q", primaryNeed: "XYZ" }),
        pupil(4, { upn: UPN_2, senSince: "yesterday" }),
      ],
      [],
      { format: "ctf" },
    );
    expect(preview.format).toBe("ctf");
    expect(preview.delimiter).toBeUndefined();
    expect(preview.fields).toEqual(["firstName", "lastName", "dateOfBirth", "upn", "yearGroup", "senStatus", "senSince", "primaryNeed"]);
    expect(preview.counts).toEqual({ rows: 4, add: 1, update: 0, skip: 3 });
    expect(preview.rows[1]!.cells.firstName).toBe("Dupe");
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      `Pupil 2: UPN ${UPN_1} is already on pupil 1.`,
      "Pupil 3: date of birth 2016-13-14 is not a real date",
      "Pupil 3: unknown year group Y15",
      "Pupil 3: unknown SEN provision Q: use N, K or E",
      "Pupil 3: unknown SEN need code XYZ",
      "Pupil 4: SEN provision start date yesterday is not written as dd/mm/yyyy or yyyy-mm-dd",
      "Pupil 4: no first name",
      "Pupil 4: no surname",
      "Pupil 4: no date of birth",
    ]);
    const result = applyImport([], preview, NOW, { newId: () => "new-1" });
    expect(result.toAdd.map((p) => p.senStatus)).toEqual([{ code: "K", since: "2021-09-06" }]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      `Pupil 2: UPN ${UPN_1} is already on pupil 1.`,
      "Pupil 3: date of birth 2016-13-14 is not a real date Pupil 3: unknown year group Y15 Pupil 3: unknown SEN provision Q: use N, K or E Pupil 3: unknown SEN need code XYZ",
      "Pupil 4: SEN provision start date yesterday is not written as dd/mm/yyyy or yyyy-mm-dd Pupil 4: no first name Pupil 4: no surname Pupil 4: no date of birth",
    ]);
  });

  it("labels apply's own reasons too", () => {
    const preview = previewRows([pupil(7, { firstName: "Old", lastName: "Timer", dateOfBirth: "1990-01-01" })], []);
    expect(applyImport([], preview, NOW).skipped).toEqual([
      { rowNumber: 7, reason: "Pupil 7: a pupil born 1 January 1990 is past Year 14 today, so is not a pupil of a school" },
    ]);
  });
});

describe("SEN provision since", () => {
  const file = (status: string, since: string) => `UPN,SEN status,SEN start date\n${UPN_1},${status},${since}\n`;

  it("dates a change of SEN provision from the file, or from today when the file gives no date", () => {
    const existing = existingPupil(UPN_1, { code: "monitoring" });
    const dated = applyImport([existing], previewImport(file("E", "01/02/2026"), [existing]), NOW);
    expect(dated.toUpdate.map((p) => p.senStatus)).toEqual([{ code: "E", since: "2026-02-01" }]);
    expect(dated.toUpdate[0]!.history).toEqual([{ date: "2026-02-01", kind: "status", from: "monitoring", to: "E" }]);
    const undated = applyImport([existing], previewImport(file("E", ""), [existing]), NOW);
    expect(undated.toUpdate.map((p) => p.senStatus)).toEqual([{ code: "E", since: "2026-11-23" }]);
  });

  it("fills in a start date the register lacks, and never rewrites one it knows", () => {
    const unknown = existingPupil(UPN_1, { code: "K" });
    const known = existingPupil(UPN_2, { code: "K", since: "2020-01-13" });
    const text = `UPN,SEN status,SEN start date\n${UPN_1},K,06/09/2021\n${UPN_2},K,06/09/2021\n`;
    const result = applyImport([unknown, known], previewImport(text, [unknown, known]), NOW);
    expect(result.toUpdate.map((p) => p.senStatus)).toEqual([
      { code: "K", since: "2021-09-06" },
      { code: "K", since: "2020-01-13" },
    ]);
  });

  it("reports a start date that is not a date like a date of birth", () => {
    const preview = previewImport(`Forename,Surname,DOB,SEN status start\nTesty,McTestface,01/09/2015,30/02/2022\n`, []);
    expect(preview.rows[0]!.errors).toEqual(["Row 2: SEN provision start date 30/02/2022 is not a real date"]);
  });
});

describe("skipped rows", () => {
  it("lists each skipped row with its label, cells and reasons, and downloads them as CSV to correct", () => {
    const text = [
      "Forename,Surname,DOB,UPN,Year",
      `Testy,McTestface,01/09/2015,${UPN_1},6`,
      `Dupe,McDupeface,01/09/2015,${UPN_1},6`,
      "=Formula,Fakerson,31/02/2015,,Y99",
    ].join("\n");
    const preview = previewImport(text, []);
    const result = applyImport([], preview, NOW, { newId: () => "new" });
    const rows = skippedRows(preview.rows, result.skipped);
    expect(rows).toEqual([
      { rowNumber: 3, label: "Row 3", cells: { firstName: "Dupe", lastName: "McDupeface", dateOfBirth: "01/09/2015", upn: UPN_1, yearGroup: "6" }, reasons: [`UPN ${UPN_1} is already on row 2.`] },
      {
        rowNumber: 4, label: "Row 4",
        cells: { firstName: "=Formula", lastName: "Fakerson", dateOfBirth: "31/02/2015", upn: "", yearGroup: "Y99" },
        reasons: ["date of birth 31/02/2015 is not a real date", "unknown year group Y99"],
      },
    ]);
    expect(skippedRowsCsv(rows, preview.fields)).toBe(
      "In the file,First name,Surname,Date of birth,UPN,Year group,Reason\r\n" +
        `Row 3,Dupe,McDupeface,01/09/2015,${UPN_1},6,UPN ${UPN_1} is already on row 2.\r\n` +
        "Row 4,'=Formula,Fakerson,31/02/2015,,Y99,date of birth 31/02/2015 is not a real date; unknown year group Y99\r\n",
    );
    // The download reads back with the same columns, so corrected rows can be imported.
    expect(previewImport(skippedRowsCsv(rows, preview.fields), []).columns).toEqual({ firstName: 1, lastName: 2, dateOfBirth: 3, upn: 4, yearGroup: 5 });
  });
});
