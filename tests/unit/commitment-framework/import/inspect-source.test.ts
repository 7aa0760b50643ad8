import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { convertRows, FrameworkMapping, guessColumns, inspectSource, inspectSources } from "@/commitment-framework/import";
import { FLAT_CSV, flatMapping, nestedFramework } from "../../../fixtures/la-frameworks";

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("a first look at a file, before any mapping", () => {
  it("finds the header row of a sheet under merged title rows, by the row with the most different values", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("OAP");
    sheet.addRow(["Testbury Council: provision (fictional)"]);
    sheet.mergeCells("A1:D1");
    sheet.addRow(["Code", "Need area", "Level", "Provision"]);
    sheet.addRow(["X1", "Cognition and learning", "Universal", "Worked examples stay on the board."]);
    const look = await inspectSource({ name: "testbury.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(look.ok && [look.headerRow, look.headers, look.rows.map((r) => r.place)]).toEqual([2, ["Code", "Need area", "Level", "Provision"], ["row 3"]]);
    expect(look.ok && look.sheets).toEqual(["OAP"]);
  });

  it("reads the records of a nested JSON file, with the tree above each as its path", async () => {
    const look = await inspectSource(file("testshire.json", JSON.stringify(nestedFramework())));
    expect(look.ok && look.rows.length).toBe(9);
    expect(look.ok && look.rows[8]!.path).toEqual(["Cognition and learning", "Literacy", "Reading"]);
    expect(guessColumns(look.ok ? look.headers : [])).toMatchObject({ id: "ref", text: "statement", level: "band", kind: "type", groupSize: "groupSize", weeklyCap: "cap" });
  });

  it("reads two files as one framework, naming each record's file", async () => {
    const [header, ...rows] = FLAT_CSV.trim().split("\n");
    const look = await inspectSources([file("provision.csv", [header, ...rows.slice(0, 2)].join("\n")), file("descriptors.csv", [header, ...rows.slice(2)].join("\n"))]);
    expect(look.ok && look.rows.map((r) => r.place)).toEqual(["provision.csv row 2", "provision.csv row 3", "descriptors.csv row 2", "descriptors.csv row 3", "descriptors.csv row 4"]);
    const result = convertRows(look.ok ? look.rows : [], FrameworkMapping.parse(flatMapping()));
    expect(result.framework?.statements.map((s) => s.id)).toEqual(["e1", "e2", "e3", "e4"]);
  });

  it("says in one sentence that a file is not one it can read", async () => {
    expect(await inspectSource(file("notes.docx", "x"))).toEqual({ ok: false, problem: "notes.docx is not a JSON, CSV or XLSX file." });
    expect(await inspectSource(file("broken.xlsx", "not a zip"))).toEqual({ ok: false, problem: "broken.xlsx is not a spreadsheet this can read (save it as .xlsx, or as CSV)." });
  });
});
