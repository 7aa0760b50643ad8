import { describe, expect, it } from "vitest";
import {
  applyImport, HEADER_SPELLINGS, IMPORT_FIELDS, previewImport, recogniseHeaders, splitFullName,
} from "@/graduated-approach/csv-import";
import { syntheticUpn } from "@/graduated-approach/upn";

const TODAY = "2026-11-23";
const DATES = { asOf: TODAY, today: TODAY };
const NOW = `${TODAY}T10:00:00.000Z`;
const UPN_1 = syntheticUpn("999100140001");
const UPN_2 = syntheticUpn("999100140002");

describe("MIS spellings of each field", () => {
  const every = IMPORT_FIELDS.flatMap((field) => HEADER_SPELLINGS[field].map((spelling) => [spelling, field] as const));

  it.each(every)("reads the heading %j as %s", (spelling, field) => {
    expect(recogniseHeaders(["Unrelated column", spelling]).columns).toEqual({ [field]: 1 });
    expect(recogniseHeaders([spelling.toUpperCase()]).columns).toEqual({ [field]: 0 });
  });

  it("gives no spelling to two fields", () => {
    const fieldOf = new Map<string, string>();
    const clashes = every.filter(([spelling, field]) => {
      const key = spelling.toLowerCase().replace(/[^a-z0-9]/g, "");
      const seen = fieldOf.get(key);
      fieldOf.set(key, field);
      return seen !== undefined && seen !== field;
    });
    expect(clashes).toEqual([]);
  });

  it("leaves a full-name column out when the file has separate name columns", () => {
    expect(recogniseHeaders(["Name", "Forename", "Surname"])).toEqual({
      columns: { firstName: 1, lastName: 2 },
      unrecognised: ["Name"],
    });
  });
});

describe("the heading row", () => {
  it("is found below title and date rows, and the rows above it are left out with a word", () => {
    const text = [
      "Nowhere Test Primary School,,,",
      "Pupil list printed 20/11/2026,,,",
      ",,,",
      "Forename,Surname,Date of Birth,UPN",
      `Testy,McTestface,01/09/2015,${UPN_1}`,
    ].join("\r\n");
    const preview = previewImport(text, [], undefined, DATES);
    expect(preview.columns).toEqual({ firstName: 0, lastName: 1, dateOfBirth: 2, upn: 3 });
    expect(preview.information).toEqual(["The column headings are on row 4; the 3 rows above them are left out."]);
    expect(preview.counts).toEqual({ rows: 1, add: 1, update: 0, skip: 0 });
    expect(preview.rows[0]).toMatchObject({ rowNumber: 5, label: "Row 5", values: { firstName: "Testy", yearGroup: "Y6" } });
  });

  it("stays row 1 when no row has two known headings", () => {
    const preview = previewImport("Given,Family\nTesty,McTestface\n", [], undefined, DATES);
    expect(preview.headers).toEqual(["Given", "Family"]);
    expect(preview.information).toEqual([]);
  });
});

describe("a single name column", () => {
  it.each([
    ["McTestface, Testy", { firstName: "Testy", lastName: "McTestface" }],
    ["Testy McTestface", { firstName: "Testy", lastName: "McTestface" }],
    ["Testy Ann  McTestface", { firstName: "Testy Ann", lastName: "McTestface" }],
    ["Van Example, Ada Jo", { firstName: "Ada Jo", lastName: "Van Example" }],
    ["Testy", { firstName: "Testy" }],
  ])("splits %j", (name, parts) => {
    expect(splitFullName(name)).toEqual(parts);
  });

  it("fills forename and surname, shows the rule, and reports a one-word name", () => {
    const text = ["Student,DOB,Year", '"McTestface, Testy",01/09/2015,6', "Ada Example,02/10/2015,6", "Mononym,03/10/2015,6"].join("\n");
    const preview = previewImport(text, [], undefined, DATES);
    expect(preview.columns).toEqual({ fullName: 0, dateOfBirth: 1, yearGroup: 2 });
    expect(preview.notices).toEqual([
      "No column is used for UPN, so pupils cannot be matched with those already in the register: every row will be added as a new pupil.",
    ]);
    expect(preview.information).toEqual([
      "Names are split from the “Student” column: “Surname, Forename” where the name has a comma; otherwise the last word is the surname and the words before it the forename.",
    ]);
    expect(preview.counts).toEqual({ rows: 3, add: 2, update: 0, skip: 1 });
    expect(preview.rows.map((r) => [r.values.firstName, r.values.lastName])).toEqual([
      ["Testy", "McTestface"], ["Ada", "Example"], ["Mononym", undefined],
    ]);
    expect(preview.rows[2]!.errors).toEqual(["Row 4: no surname"]);
    const stored = applyImport([], preview, NOW, { newId: () => "x" }).toAdd;
    expect(stored.map((p) => `${p.firstName} / ${p.lastName}`)).toEqual(["Testy / McTestface", "Ada / Example"]);
  });
});

describe("descriptions instead of codes", () => {
  it("translates them, lists each translation with its count, and stores the codes", () => {
    const text = [
      "Forename,Surname,DOB,UPN,SEN Status,SEN primary need,SEN Need Type 2",
      `Testy,McTestface,01/09/2015,${UPN_1},K - SEN Support,ASD - Autistic Spectrum Disorder,`,
      `Ada,Example,02/09/2015,${UPN_2},K - SEN Support,Autism,BESD`,
      "Bea,Example,03/09/2015,,Statement,ASC,SLCN",
      'Cy,Example,04/09/2015,,"Education, Health and Care Plan",SpLD,',
      "Di,Example,05/09/2015,,Education, Health and Care Plan,SpLD",
    ].join("\n");
    const preview = previewImport(text, [], undefined, DATES);
    expect(preview.counts).toEqual({ rows: 5, add: 4, update: 0, skip: 1 });
    // An unquoted comma splits "Education, Health and Care Plan" across two columns: the row says so.
    expect(preview.rows[4]!.errors).toEqual([
      "Row 6: unknown SEN provision Education: use N, K or E",
      "Row 6: unknown SEN need code Health and Care Plan",
      "Row 6: secondary need SPLD without a primary need",
    ]);
    expect(preview.translations).toEqual([
      { field: "senStatus", said: "K - SEN Support", stored: "K (SEN support)", rows: 2 },
      { field: "primaryNeed", said: "ASD - Autistic Spectrum Disorder", stored: "ASD (Autistic Spectrum Disorder)", rows: 1 },
      { field: "primaryNeed", said: "Autism", stored: "ASD (Autistic Spectrum Disorder)", rows: 1 },
      {
        field: "secondaryNeed", said: "BESD", stored: "SEMH (Social, Emotional and Mental Health)", rows: 1,
        notice: "BESD (behaviour, emotional and social difficulty) was replaced by SEMH (Social, Emotional and Mental Health) in 2015: it is stored as SEMH.",
      },
      {
        field: "senStatus", said: "Statement", stored: "E (EHC plan)", rows: 1,
        notice: "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan).",
      },
      { field: "primaryNeed", said: "ASC", stored: "ASD (Autistic Spectrum Disorder)", rows: 1 },
      { field: "senStatus", said: "Education, Health and Care Plan", stored: "E (EHC plan)", rows: 1 },
    ]);
    expect(preview.information).toEqual([
      "BESD (behaviour, emotional and social difficulty) was replaced by SEMH (Social, Emotional and Mental Health) in 2015: it is stored as SEMH.",
      "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan).",
    ]);
    const stored = applyImport([], preview, NOW, { newId: () => "x" }).toAdd;
    expect(stored.map((p) => [p.firstName, p.senStatus.code, p.needs.map((n) => n.code)])).toEqual([
      ["Testy", "K", ["ASD"]], ["Ada", "K", ["ASD", "SEMH"]], ["Bea", "E", ["ASD", "SLCN"]], ["Cy", "E", ["SPLD"]],
    ]);
  });

  it("flags every unused column that looks like SEN data", () => {
    const text = ["Forename,Surname,DOB,SEN need 4,EHCP review date,House", "Testy,McTestface,01/09/2015,HI,01/01/2027,Blue"].join("\n");
    const preview = previewImport(text, [], undefined, DATES);
    expect(preview.notices).toEqual([
      "No column is used for UPN, so pupils cannot be matched with those already in the register: every row will be added as a new pupil.",
      "The column “SEN need 4” looks like SEN information but is not imported: choose below what it holds, or leave it out on purpose.",
      "The column “EHCP review date” looks like SEN information but is not imported: choose below what it holds, or leave it out on purpose.",
    ]);
    expect(preview.unrecognisedHeaders).toEqual(["SEN need 4", "EHCP review date", "House"]);
  });

  it("says when SEN provision is imported but no column gives the needs", () => {
    const preview = previewImport(`UPN,Forename,Surname,DOB,SEN Stage\n${UPN_1},Testy,McTestface,01/09/2015,K\n`, [], undefined, DATES);
    expect(preview.notices).toEqual([
      "No column is used for Primary need, so pupils at SEN support (K) or with an EHC plan (E) are imported with no needs: choose the column below if the file has one.",
    ]);
  });
});
