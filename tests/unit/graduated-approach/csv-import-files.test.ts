import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applyImport, fieldsFreeFor, mapColumn, mappingNotices, previewImport, recogniseHeaders, sniffFile,
} from "@/graduated-approach/csv-import";
import { syntheticUpn } from "@/graduated-approach/upn";

const NOW = "2026-11-23T10:00:00.000Z";
const fixture = (name: string) => readFileSync(resolve("tests/fixtures/csv", name), "utf8");
const UPN_1 = syntheticUpn("999100127001");
const UPN_2 = syntheticUpn("999100127002");
let ids = 0;
const newId = () => `id-${++ids}`;

const ONE_COLUMN =
  "No known columns were found. The file has only one column, so its values may be separated by something other " +
  "than commas, semicolons or tabs: save it from your MIS as CSV (comma separated) and choose it again.";

describe("reading MIS files", () => {
  it("finds a semicolon delimiter when cells hold commas", () => {
    const preview = previewImport(fixture("semicolon-notes.csv"), []);
    expect(preview.delimiter).toBe(";");
    expect(preview.headers).toHaveLength(8);
    expect(preview.unrecognisedHeaders).toEqual(["Notes"]);
    expect(preview.notices).toEqual([]);
    expect(preview.counts).toEqual({ rows: 3, add: 3, update: 0, skip: 0 });
    expect(preview.rows.map((r) => [r.label, r.values.firstName, r.values.upn, r.values.primaryNeed])).toEqual([
      ["Row 2", "Testy", UPN_1, "SPLD"],
      ["Row 3", "Fakey", UPN_2, "ASD"],
      ["Row 4", "Sample", undefined, undefined],
    ]);
  });

  it("reports that no known columns were found when an unusual delimiter makes the file one column", () => {
    const preview = previewImport(fixture("pipes.csv"), []);
    expect(preview.headers).toEqual(["Forename|Surname|DOB|UPN"]);
    expect(preview.columns).toEqual({});
    expect(preview.notices).toEqual([ONE_COLUMN]);
    expect(preview.unrecognisedHeaders).toEqual(["Forename|Surname|DOB|UPN"]);
    expect(preview.counts).toEqual({ rows: 2, add: 0, update: 0, skip: 2 });
    expect(preview.rows[0]!.errors).toEqual(["Row 2: no first name", "Row 2: no surname", "Row 2: no date of birth"]);
  });

  it("says to choose columns when a file has several columns but none it knows", () => {
    const preview = previewImport("Given,Family,Born\nTesty,McTestface,01/09/2015\n", []);
    expect(preview.notices).toEqual(["No known columns were found: choose below what each column holds."]);
    expect(preview.counts).toEqual({ rows: 1, add: 0, update: 0, skip: 1 });
  });

  it("strips a byte-order mark, keeps quoted line breaks and quotes, and reads the SEN start date", () => {
    const preview = previewImport(fixture("bom-quoted.csv"), []);
    expect(preview.headers[0]).toBe("Legal forename");
    expect(preview.columns).toEqual({ firstName: 0, lastName: 1, dateOfBirth: 2, upn: 3, senStatus: 4, senSince: 5 });
    expect(preview.unrecognisedHeaders).toEqual(["Notes"]);
    expect(preview.counts).toEqual({ rows: 2, add: 1, update: 0, skip: 1 });
    expect(preview.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, []],
      [3, ["Row 3: SEN provision start date 31/02/2023 is not a real date"]],
    ]);
    expect(preview.rows[0]!.values.senSince).toBe("2021-09-06");
    const result = applyImport([], preview, NOW, { newId });
    expect(result.toAdd.map((p) => [p.firstName, p.senStatus])).toEqual([["Testy", { code: "K", since: "2021-09-06" }]]);
    expect(result.skipped).toEqual([{ rowNumber: 3, reason: "Row 3: SEN provision start date 31/02/2023 is not a real date" }]);
  });

  it("states a required field no column fills, and reads the file once the user maps a column to it", () => {
    const text = fixture("unfamiliar-surname.csv");
    const before = previewImport(text, []);
    expect(before.columns).toEqual({ firstName: 0, dateOfBirth: 2, upn: 3 });
    expect(before.unrecognisedHeaders).toEqual(["Family name (legal)", "Reg group"]);
    expect(before.notices).toEqual([
      "No column is used for Surname: choose one below, or only existing pupils matched by UPN can be updated.",
    ]);
    expect(before.counts).toEqual({ rows: 2, add: 0, update: 0, skip: 2 });
    expect(before.rows.flatMap((r) => r.errors)).toEqual(["Row 2: no surname", "Row 3: no surname"]);

    const after = previewImport(text, [], mapColumn(before.columns, 1, "lastName"));
    expect(after.notices).toEqual([]);
    expect(after.unrecognisedHeaders).toEqual(["Reg group"]);
    expect(after.fields).toEqual(["firstName", "lastName", "dateOfBirth", "upn"]);
    expect(after.counts).toEqual({ rows: 2, add: 2, update: 0, skip: 0 });
    expect(after.rows.map((r) => r.values.lastName)).toEqual(["McTestface", "Fakerson"]);
  });
});

describe("column mapping", () => {
  const columns = recogniseHeaders(["Forename", "Surname", "DOB", "UPN", "Notes"]).columns;

  it("moves a field to the column chosen and lets the old column go", () => {
    expect(mapColumn(columns, 4, "lastName")).toEqual({ firstName: 0, dateOfBirth: 2, upn: 3, lastName: 4 });
    expect(mapColumn(columns, 1, null)).toEqual({ firstName: 0, dateOfBirth: 2, upn: 3 });
    expect(mapColumn(columns, 0, "upn")).toEqual({ lastName: 1, dateOfBirth: 2, upn: 0 });
  });

  it("offers each column its own field and the fields no other column fills", () => {
    const rest = ["formerUpn", "yearGroup", "senStatus", "senSince", "primaryNeed", "secondaryNeed", "furtherNeeds"];
    expect(fieldsFreeFor(columns, 4)).toEqual(["fullName", ...rest]);
    expect(fieldsFreeFor(columns, 1)).toEqual(["lastName", "fullName", ...rest]);
  });

  it("says what is missing in plain words", () => {
    const headers = ["A", "B", "C", "D"];
    expect(mappingNotices(headers, { firstName: 0, lastName: 1, dateOfBirth: 2 })).toEqual([
      "No column is used for UPN, so pupils cannot be matched with those already in the register: every row will be added as a new pupil.",
    ]);
    expect(mappingNotices(headers, { firstName: 0, upn: 3 })).toEqual([
      "No column is used for Surname or Date of birth: choose them below, or only existing pupils matched by UPN can be updated.",
    ]);
    expect(mappingNotices(headers, { firstName: 0, dateOfBirth: 2 })).toEqual([
      "No column is used for Surname or UPN: choose them below, or no pupils can be imported.",
    ]);
    expect(mappingNotices(headers, {})).toEqual(["No known columns were found: choose below what each column holds."]);
  });

  it("recognises SEN start date headings", () => {
    for (const heading of ["SEN start date", "SEN provision start date", "SEN status start", "SEN provision since"]) {
      expect(recogniseHeaders([heading]).columns).toEqual({ senSince: 0 });
    }
  });
});

describe("telling file types apart", () => {
  it("recognises an Excel workbook, a binary file, XML, an empty file and CSV", () => {
    expect(sniffFile("PK\u0003\u0004\u0014\u0000\u0006\u0000")).toEqual({
      kind: "problem",
      message: "This looks like an Excel workbook: save it as CSV from your MIS or Excel first, then choose the CSV file.",
    });
    expect(sniffFile("\uFFFD\uFFFD\u0011\u0871\u001a\uFFFD\u0000\u0000\u0000")).toEqual({
      kind: "problem",
      message: "This file is not a CSV file or a Common Transfer File: save the pupil list as CSV from your MIS or Excel first.",
    });
    expect(sniffFile("\uFEFF  \r\n")).toEqual({ kind: "problem", message: "The file is empty. Choose the pupil list exported from your MIS." });
    expect(sniffFile('\uFEFF<?xml version="1.0"?><Pupils/>')).toEqual({ kind: "xml" });
    expect(sniffFile("\uFEFFForename,Surname\r\n")).toEqual({ kind: "csv" });
  });
});
