import { describe, expect, it } from "vitest";
import { applyImport, previewImport, UPDATE_FIELDS } from "@/graduated-approach/csv-import";
import { newPupil } from "@/graduated-approach/new-pupil";
import type { Pupil } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";

const NOW = "2026-11-23T10:00:00.000Z";
let ids = 0;
const newId = () => `id-${++ids}`;

const GOOD = [
  "Legal forename,Legal surname,DOB,UPN,NC year,SEN provision,SEN need 1,SEN need 2",
  "Testy,McTestface,01/09/2015,B801200005001,Y6,K,SPLD,",
  "Fakey,Fakerson,2016-03-14,G999999900001,5,E,ASD,SLCN",
  "Sample,Pupil,7/1/2019,,R,N,,",
].join("\r\n");

function pupil(upn: string, overrides: Partial<Pupil> = {}): Pupil {
  const result = newPupil(
    {
      firstName: "Old", lastName: "Name", dateOfBirth: "2015-09-01", yearGroup: "Y5", phase: "school",
      upn, senStatus: { code: "monitoring" }, needs: [], tier: "universal",
    },
    "2025-01-01T00:00:00.000Z",
    "existing-1",
  );
  if (!result.success) throw result.error;
  return { ...result.data, ...overrides };
}

describe("previewImport", () => {
  it("reads a good file with MIS header names", () => {
    const preview = previewImport(GOOD, []);
    expect(preview.delimiter).toBe(",");
    expect(preview.unrecognisedHeaders).toEqual([]);
    expect(preview.counts).toEqual({ rows: 3, add: 3, update: 0, skip: 0 });
    expect(preview.rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(preview.rows.map((r) => r.values)).toEqual([
      { firstName: "Testy", lastName: "McTestface", dateOfBirth: "2015-09-01", upn: "B801200005001", yearGroup: "Y6", cohort: 2020, senStatus: "K", primaryNeed: "SPLD" },
      { firstName: "Fakey", lastName: "Fakerson", dateOfBirth: "2016-03-14", upn: "G999999900001", yearGroup: "Y5", cohort: 2021, senStatus: "E", primaryNeed: "ASD", secondaryNeed: "SLCN" },
      { firstName: "Sample", lastName: "Pupil", dateOfBirth: "2019-01-07", yearGroup: "R", cohort: 2026, senStatus: "none" },
    ]);
    // Year groups that differ from the age are kept as the file says, with a word.
    expect(preview.rows.flatMap((r) => r.warnings)).toEqual([
      "Row 3: the file says Year 5, but a pupil born 14 March 2016 would be in Year 6: kept in Year 5, as taught out of their age group",
      "Row 4: the file says Reception, but a pupil born 7 January 2019 would be in Year 3: kept in Reception, as taught out of their age group",
    ]);
    const result = applyImport([], preview, NOW, { newId });
    expect(result.skipped).toEqual([]);
    expect(result.toUpdate).toEqual([]);
    expect(result.toAdd.map((p) => [p.firstName, p.yearGroup, p.phase, p.senStatus.code, p.needs, p.tier, p.createdAt])).toEqual([
      ["Testy", "Y6", "school", "K", [{ code: "SPLD", rank: 1 }], "universal", NOW],
      ["Fakey", "Y5", "school", "E", [{ code: "ASD", rank: 1 }, { code: "SLCN", rank: 2 }], "universal", NOW],
      ["Sample", "R", "early-years", "none", [], "universal", NOW],
    ]);
  });

  it("detects a semicolon delimiter and strips a byte-order mark", () => {
    const text = "\uFEFF" + GOOD.replace(/,/g, ";");
    const preview = previewImport(text, []);
    expect(preview.delimiter).toBe(";");
    expect(preview.columns.firstName).toBe(0);
    expect(preview.counts).toEqual({ rows: 3, add: 3, update: 0, skip: 0 });
    expect(preview.rows[0]!.values.firstName).toBe("Testy");
  });

  it("reads tab-separated files with other header names", () => {
    const text = "First name\tLast name\tDate of birth\tYear group\nTesty\tMcTestface\t01/09/2015\t6\n";
    const preview = previewImport(text, []);
    expect(preview.delimiter).toBe("\t");
    expect(preview.counts).toEqual({ rows: 1, add: 1, update: 0, skip: 0 });
  });

  it("keeps quoted line breaks inside a note column and numbers rows as records", () => {
    const text = 'Forename,Surname,DOB,Notes\r\nTesty,McTestface,01/09/2015,"Line one\r\nline two, with a comma"\r\n,Nameless,01/09/2015,x\r\n';
    const preview = previewImport(text, []);
    expect(preview.unrecognisedHeaders).toEqual(["Notes"]);
    expect(preview.counts).toEqual({ rows: 2, add: 1, update: 0, skip: 1 });
    expect(preview.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, []],
      [3, ["Row 3: no first name"]],
    ]);
  });

  it("reports duplicate UPNs on the later rows, bad check letters, unknown codes and impossible dates", () => {
    const text = [
      "Forename,Surname,DOB,UPN,Year,SEN status,Primary need,Secondary need",
      "Testy,McTestface,01/09/2015,B801200005001,6,K,SPLD,",
      "Dupe,McDupeface,01/09/2015,b801 2000 05001,6,K,,",
      "Wrong,Letter,01/09/2015,A801200005001,6,K,,",
      "Bad,Date,31/02/2015,,6,N,,",
      "Bad,Code,01/09/2015,,6,K,XYZ,",
      "Bad,Nsa,01/09/2015,,6,E,NSA,",
      "Bad,Status,01/09/2015,,6,Q,,",
    ].join("\n");
    const preview = previewImport(text, []);
    expect(preview.counts).toEqual({ rows: 7, add: 1, update: 0, skip: 6 });
    expect(preview.rows.flatMap((r) => r.errors)).toEqual([
      "Row 3: UPN B801200005001 is already on row 2.",
      "Row 4: UPN A801200005001 has the wrong check letter: expected B.",
      "Row 5: date of birth 31/02/2015 is not a real date",
      "Row 6: unknown SEN need code XYZ",
      "Row 7: NSA (no specialist assessment) can only be used for a pupil at SEN support (K)",
      "Row 8: unknown SEN provision Q: use N, K or E",
    ]);
    const result = applyImport([], preview, NOW, { newId });
    expect(result.toAdd.map((p) => p.upn)).toEqual(["B801200005001"]);
    expect(result.skipped.map((s) => s.rowNumber)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(result.skipped[1]).toEqual({ rowNumber: 4, reason: "Row 4: UPN A801200005001 has the wrong check letter: expected B." });
  });

  it("names the expected check letter for a wrong one", () => {
    const upn = syntheticUpn("801200005014");
    const wrong = (upn[0] === "A" ? "B" : "A") + upn.slice(1);
    const preview = previewImport(`UPN,Forename,Surname,DOB\n${wrong},A,B,01/01/2015`, []);
    expect(preview.rows[0]!.errors).toEqual([`Row 2: UPN ${wrong} has the wrong check letter: expected ${upn[0]}.`]);
  });

  it("updates a pupil matched by UPN instead of adding a duplicate, and puts the status change on their timeline", () => {
    const existing = pupil("B801200005001");
    const preview = previewImport(GOOD, [existing]);
    expect(preview.counts).toEqual({ rows: 3, add: 2, update: 1, skip: 0 });
    expect(preview.rows[0]).toMatchObject({ action: "update", matchId: "existing-1" });
    const result = applyImport([existing], preview, NOW, { newId, overwrite: UPDATE_FIELDS });
    expect(result.toAdd).toHaveLength(2);
    expect(result.toUpdate).toEqual([
      {
        ...existing,
        firstName: "Testy", lastName: "McTestface", yearGroup: "Y6", cohort: 2020,
        senStatus: { code: "K", since: "2026-11-23" }, needs: [{ code: "SPLD", rank: 1 }], updatedAt: NOW,
        history: [{ date: "2026-11-23", kind: "status", from: "monitoring", to: "K" }],
      },
    ]);
  });

  it("keeps fields the file leaves out, and keeps a monitored pupil on monitoring for N", () => {
    const existing = pupil("B801200005001");
    const preview = previewImport("UPN,SEN status\nB801200005001,N\n", [existing]);
    expect(preview.counts).toEqual({ rows: 1, add: 0, update: 1, skip: 0 });
    const result = applyImport([existing], preview, NOW);
    expect(result.toUpdate).toEqual([{ ...existing, updatedAt: NOW }]);
  });

  it("gives a new pupil without a year group the one their date of birth gives", () => {
    const preview = previewImport("Forename,Surname,DOB\nTesty,McTestface,31/08/2016\nTesty,McTestface,01/09/2016\n", []);
    const result = applyImport([], preview, NOW, { newId });
    expect(result.toAdd.map((p) => p.yearGroup)).toEqual(["Y6", "Y5"]);
  });

  it("parses 5,000 rows with exact counts", () => {
    const lines = ["Forename,Surname,Date of birth,UPN,Year group,SEN provision,SEN need 1,SEN need 2"];
    for (let i = 0; i < 5000; i++) {
      const upn = i % 1000 === 999 ? "Z000000000000" : syntheticUpn(`99999${String(i).padStart(7, "0")}`);
      const status = i % 10 === 0 ? "E" : i % 3 === 0 ? "K" : "N";
      const need = status === "N" ? "" : "SLCN";
      lines.push(`Testy ${i},McTestface,0${(i % 9) + 1}/0${(i % 9) + 1}/2015,${upn},Y6,${status},${need},`);
    }
    const started = performance.now();
    const preview = previewImport(lines.join("\n"), []);
    const result = applyImport([], preview, NOW, { newId });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(preview.counts).toEqual({ rows: 5000, add: 4995, update: 0, skip: 5 });
    expect(preview.rows.filter((r) => r.errors.length > 0).map((r) => r.rowNumber)).toEqual([1001, 2001, 3001, 4001, 5001]);
    expect(result.toAdd).toHaveLength(4995);
    expect(result.skipped).toHaveLength(5);
    expect(result.skipped[0]).toEqual({ rowNumber: 1001, reason: "Row 1001: UPN Z000000000000 has the wrong check letter: expected A." });
    expect(result.toAdd.filter((p) => p.senStatus.code === "E")).toHaveLength(500);
  });
});
