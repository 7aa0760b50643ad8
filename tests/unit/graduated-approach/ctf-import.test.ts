import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeCtf, readCtf, type CtfRead, type SourceRow } from "@/graduated-approach/ctf-import";
import { syntheticUpn } from "@/graduated-approach/upn";

const THREE_PUPILS = readFileSync(resolve("tests/fixtures/ctf/three-pupils.xml"), "utf8");
const UPN_1 = syntheticUpn("999100126001");

/** A CTF around the given `<Pupil>` elements. */
function ctf(...pupils: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
  <Header><CTFversion>24.0</CTFversion></Header>
  <CTFpupilData>${pupils.join("")}</CTFpupilData>
</CTfile>`;
}

function pupil(inner: string): string {
  return `<Pupil><UPN>${UPN_1}</UPN><Surname>McTestface</Surname><Forename>Testy</Forename>${inner}</Pupil>`;
}

function sen(startDate: string, provision: string): string {
  return `<SEN><StartDate>${startDate}</StartDate><SENprovision>${provision}</SENprovision></SEN>`;
}

function need(rank: string, type: string): string {
  return `<SENneed><SENtypeRank>${rank}</SENtypeRank><SENtype>${type}</SENtype></SENneed>`;
}

function rowsOf(read: CtfRead): SourceRow[] {
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}

function messageOf(read: CtfRead): string {
  if (read.ok) throw new Error("expected the file to be refused");
  return read.message;
}

describe("readCtf", () => {
  it("reads every pupil of a full CTF, and the source school from its header", () => {
    const read = readCtf(THREE_PUPILS, "from-nowhere.xml");
    expect(read).toEqual({
      ok: true,
      source: { schoolName: "Nowhere Test Primary School", laEstab: "9991001", createdAt: "2026-07-15T14:30:00" },
      notices: [],
      information: ["The file was made for the school with DfE number 9994002."],
      rows: [
        {
          rowNumber: 1,
          label: "Pupil 1",
          cells: {
            upn: UPN_1, lastName: "McTestface", firstName: "Testy", dateOfBirth: "2015-09-01", yearGroup: "6",
            senStatus: "K", senSince: "2021-09-06", primaryNeed: "SPLD",
          },
        },
        {
          rowNumber: 2,
          label: "Pupil 2",
          cells: {
            upn: syntheticUpn("999100126002"), lastName: "Fakerson", firstName: "Fakey", dateOfBirth: "2016-03-14",
            yearGroup: "5", senStatus: "E", senSince: "2023-05-22", primaryNeed: "ASD", secondaryNeed: "SLCN",
          },
        },
        {
          rowNumber: 3,
          label: "Pupil 3",
          cells: {
            upn: syntheticUpn("999100126003"), lastName: "Pupil", firstName: "Sample", dateOfBirth: "2021-01-07",
            yearGroup: "R",
          },
        },
      ],
    });
  });

  it("takes the SEN entry with the latest start date, wherever it sits in the history", () => {
    const latestLast = pupil(`<SENhistory>${sen("2019-09-02", "K")}${sen("2024-02-01", "E")}</SENhistory>`);
    const latestFirst = pupil(`<SENhistory>${sen("2024-02-01", "N")}${sen("2019-09-02", "K")}</SENhistory>`);
    const [last, first] = rowsOf(readCtf(ctf(latestLast, latestFirst), "pupils.xml"));
    expect([last!.cells.senStatus, last!.cells.senSince]).toEqual(["E", "2024-02-01"]);
    expect([first!.cells.senStatus, first!.cells.senSince]).toEqual(["N", "2024-02-01"]);
  });

  it("passes the old School Action, Action Plus and statement codes through for the value dictionary", () => {
    const pupils = ["A", "P", "S", "s"].map((code) => pupil(`<SENhistory>${sen("2012-09-03", code)}</SENhistory>`));
    const rows = rowsOf(readCtf(ctf(...pupils), "old.xml"));
    expect(rows.map((row) => row.cells.senStatus)).toEqual(["A", "P", "S", "s"]);
  });

  it("passes an unknown provision code through for the row reader to report", () => {
    const rows = rowsOf(readCtf(ctf(pupil(`<SENhistory>${sen("2024-01-08", " Q ")}</SENhistory>`)), "x.xml"));
    expect(rows[0]!.cells.senStatus).toBe("Q");
  });

  it("ranks needs by SENtypeRank, not by their order in the file", () => {
    const needs = `<SENneeds>${need("2", "HI")}${need("3", "VI")}${need("1", "SEMH")}</SENneeds>`;
    const rows = rowsOf(readCtf(ctf(pupil(`<SENhistory>${sen("2024-01-08", "K")}${needs}</SENhistory>`)), "x.xml"));
    expect(rows[0]!.cells).toMatchObject({ primaryNeed: "SEMH", secondaryNeed: "HI" });
  });

  it("reads needs placed inside the SEN entry or directly under Pupil", () => {
    const inEntry = pupil(`<SENhistory><SEN><StartDate>2024-01-08</StartDate><SENprovision>K</SENprovision>
      <SENneeds>${need("1", "MLD")}</SENneeds></SEN></SENhistory>`);
    const underPupil = pupil(`<SENhistory>${sen("2024-01-08", "K")}</SENhistory><SENneeds>${need("1", "PD")}</SENneeds>`);
    const rows = rowsOf(readCtf(ctf(inEntry, underPupil), "x.xml"));
    expect(rows.map((row) => row.cells.primaryNeed)).toEqual(["MLD", "PD"]);
  });

  it("leaves out the SEN cells a pupil has no elements for", () => {
    const noNeeds = pupil(`<SENhistory>${sen("2024-01-08", "K")}</SENhistory>`);
    const onlyPrimary = pupil(`<SENhistory>${sen("2024-01-08", "K")}<SENneeds>${need("1", "OTH")}</SENneeds></SENhistory>`);
    const rows = rowsOf(readCtf(ctf(noNeeds, onlyPrimary, pupil("")), "x.xml"));
    expect(rows.map((row) => row.cells)).toEqual([
      { upn: UPN_1, lastName: "McTestface", firstName: "Testy", senStatus: "K", senSince: "2024-01-08" },
      { upn: UPN_1, lastName: "McTestface", firstName: "Testy", senStatus: "K", senSince: "2024-01-08", primaryNeed: "OTH" },
      { upn: UPN_1, lastName: "McTestface", firstName: "Testy" },
    ]);
  });

  it("reads a file with one pupil, one SEN entry and one need", () => {
    const one = pupil(`<SENhistory>${sen("2022-11-01", "E")}<SENneeds>${need("1", "ASD")}</SENneeds></SENhistory>`);
    const read = readCtf(ctf(one), "one.xml");
    expect(rowsOf(read)).toEqual([
      {
        rowNumber: 1,
        label: "Pupil 1",
        cells: { upn: UPN_1, lastName: "McTestface", firstName: "Testy", senStatus: "E", senSince: "2022-11-01", primaryNeed: "ASD" },
      },
    ]);
  });

  it("keeps values as text, as written: leading zeros, impossible dates and bad UPNs are the row reader's to report", () => {
    const odd = `<Pupil><UPN> a999100126001 </UPN><DOB>2015-02-30</DOB><Forename>0123</Forename>
      <NCyearActual>N2</NCyearActual></Pupil>`;
    const rows = rowsOf(readCtf(ctf(odd), "x.xml"));
    expect(rows[0]!.cells).toEqual({ upn: "a999100126001", dateOfBirth: "2015-02-30", firstName: "0123", yearGroup: "N2" });
  });

  it("decodes XML character references in names", () => {
    const rows = rowsOf(readCtf(ctf(`<Pupil><Surname>O&apos;Testy &amp; O&#39;Fake</Surname></Pupil>`), "x.xml"));
    expect(rows[0]!.cells.lastName).toBe("O'Testy & O'Fake");
  });

  it("reads a file with a byte order mark and Windows line endings", () => {
    const windows = "\uFEFF" + THREE_PUPILS.replace(/\n/g, "\r\n");
    const read = readCtf(windows, "windows.xml");
    expect(read).toEqual(readCtf(THREE_PUPILS, "windows.xml"));
    expect(rowsOf(read)).toHaveLength(3);
  });

  it("ignores elements it does not know, and attributes", () => {
    const extra = `<Pupil><UPN>${UPN_1}</UPN><Address><Postcode>ZZ99 9ZZ</Postcode></Address>
      <BasicDetails lang="en"><NCyearActual>3</NCyearActual><Forename>Ignored</Forename></BasicDetails>
      <Forename>Testy</Forename><Attendance><YearData><SessionsPossible>300</SessionsPossible></YearData></Attendance></Pupil>`;
    const text = ctf(extra).replace("<CTfile>", `<CTfile xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`);
    expect(rowsOf(readCtf(text, "x.xml"))[0]!.cells).toEqual({ upn: UPN_1, firstName: "Testy", yearGroup: "3" });
  });

  it("reads a CTF with no pupils as no rows", () => {
    const none = { ok: true, rows: [], source: {}, notices: [], information: [] };
    expect(readCtf(ctf(), "empty.xml")).toEqual(none);
    expect(readCtf("<CTfile><Header/><CTFpupilData/></CTfile>", "empty.xml")).toEqual(none);
    expect(readCtf("<CTfile/>", "empty.xml")).toEqual(none);
  });

  it("refuses XML whose first element is not CTfile, naming the file and the element", () => {
    const read = readCtf(`<?xml version="1.0"?>\n<Report><Pupil/></Report>`, "pupils.xml");
    expect(messageOf(read)).toBe("pupils.xml is not a Common Transfer File: its first element is <Report>, not <CTfile>.");
  });

  it("refuses malformed XML with the parser's reason and the line", () => {
    const broken = `<?xml version="1.0"?>\n<CTfile>\n<Header>\n</CTfile>`;
    expect(messageOf(readCtf(broken, "pupils.xml"))).toBe(
      "pupils.xml could not be read as XML: on line 4, expected closing tag 'Header' (opened in line 3, col 1) instead of closing tag 'CTfile'.",
    );
  });

  it("refuses a file that is not XML, or is empty", () => {
    expect(messageOf(readCtf("Forename,Surname\nTesty,McTestface\n", "pupils.csv"))).toBe(
      "pupils.csv is not a Common Transfer File: it is not XML.",
    );
    expect(messageOf(readCtf("\uFEFF \r\n", "blank.xml"))).toBe("blank.xml is empty, so it is not a Common Transfer File.");
  });
});

describe("looksLikeCtf", () => {
  it("recognises a CTF after a BOM, declaration, comments and DOCTYPE", () => {
    expect(looksLikeCtf(THREE_PUPILS)).toBe(true);
    expect(looksLikeCtf("\uFEFF<?xml version=\"1.0\"?>\r\n<!-- export -->\r\n<!DOCTYPE CTfile>\r\n<CTfile>")).toBe(true);
    expect(looksLikeCtf("<CTfile/>")).toBe(true);
  });

  it("says no to other XML, CSV and text that merely mentions CTfile", () => {
    expect(looksLikeCtf(`<?xml version="1.0"?><Report><CTfile/></Report>`)).toBe(false);
    expect(looksLikeCtf("<CTfileX/>")).toBe(false);
    expect(looksLikeCtf("Forename,Surname\nTesty,McTestface")).toBe(false);
    expect(looksLikeCtf("")).toBe(false);
  });
});
