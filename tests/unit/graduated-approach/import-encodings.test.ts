import { describe, expect, it } from "vitest";
import {
  applyImport, decodeFile, MAX_FILE_BYTES, previewRows, readImportFile, sourceAsOf, sourceMeta, sourceRows,
  type ImportSource,
} from "@/graduated-approach/csv-import";

const TODAY = "2026-11-23";
const NOW = `${TODAY}T10:00:00.000Z`;
const NAMES = ["Siobhán", "Zoë", "François", "Núñez", "Bjørn"];
const CSV = ["Forename,Surname,DOB", ...NAMES.map((name, i) => `${name},Éxample,0${i + 1}/09/2015`)].join("\r\n");

/** The file's bytes in each encoding a school's export may use, made here so they are reproducible. */
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i ^ 1]!);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf8 = (text: string) => new TextEncoder().encode(text);
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

const ENCODINGS = [
  ["UTF-8 with a byte-order mark", withMark([0xef, 0xbb, 0xbf], utf8(CSV)), "UTF-8", []],
  ["UTF-8 without one", utf8(CSV), "UTF-8", []],
  ["UTF-16 LE with a mark", withMark([0xff, 0xfe], utf16le(CSV)), "UTF-16LE",
    ["The file is in UTF-16 (little-endian), as Excel’s “Unicode Text” saves it: it was read as such."]],
  ["UTF-16 LE without a mark", utf16le(CSV), "UTF-16LE",
    ["The file is in UTF-16 (little-endian), as Excel’s “Unicode Text” saves it: it was read as such."]],
  ["UTF-16 BE with a mark", withMark([0xfe, 0xff], utf16be(CSV)), "UTF-16BE",
    ["The file is in UTF-16 (big-endian), as Excel’s “Unicode Text” saves it: it was read as such."]],
  ["Windows-1252 (Excel's CSV)", latin1(CSV), "windows-1252", [
    "The file is not in UTF-8, so it was read as Windows-1252 (Western European), the way Excel saves “CSV (Comma delimited)”. " +
      "Check that names with accents look right below; if not, save it as “CSV UTF-8” and choose it again.",
  ]],
] as const;

function source(bytes: Uint8Array | string, name = "pupils.csv"): ImportSource {
  const read = readImportFile(bytes, name);
  if (!read.ok) throw new Error(read.message);
  return read.source;
}

function preview(s: ImportSource) {
  return previewRows(sourceRows(s), [], sourceMeta(s), { asOf: sourceAsOf(s, TODAY), today: TODAY });
}

describe("file encodings", () => {
  it.each(ENCODINGS)("reads %s and stores every accented name as written", (_, bytes, encoding, information) => {
    expect(decodeFile(bytes).encoding).toBe(encoding);
    const p = preview(source(bytes));
    expect(p.information).toEqual(information);
    expect(p.counts).toEqual({ rows: 5, add: 5, update: 0, skip: 0 });
    const stored = applyImport([], p, NOW, { newId: () => "x" }).toAdd;
    expect(stored.map((s) => `${s.firstName} ${s.lastName}`)).toEqual(NAMES.map((n) => `${n} Éxample`));
    expect(JSON.stringify(stored)).not.toContain("\uFFFD");
  });

  it("reads a CTF that declares ISO-8859-1 as ISO-8859-1", () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<CTfile><Header><DateTime>2026-11-02T09:00:00</DateTime></Header><CTFpupilData>` +
      `<Pupil><Surname>Núñez</Surname><Forename>Siobhán</Forename><DOB>2015-09-01</DOB></Pupil></CTFpupilData></CTfile>`;
    const p = preview(source(latin1(xml), "ctf.xml"));
    expect(p.information).toEqual(["The file says it is in ISO-8859-1, so it was read that way."]);
    expect(p.rows[0]!.values).toMatchObject({ firstName: "Siobhán", lastName: "Núñez" });
  });

  it("never stores a character that could not be read: the row is skipped and says why", () => {
    const broken = withMark([0xef, 0xbb, 0xbf], new Uint8Array([...utf8("Forename,Surname,DOB\r\nSiobh"), 0xe1, ...utf8("n,Example,01/09/2015\r\nAda,Example,01/09/2015")]));
    const p = preview(source(broken));
    expect(p.information).toEqual([
      "The file says it is in UTF-8 but some characters in it are not: rows with a character that could not be read are skipped.",
    ]);
    expect(p.counts).toEqual({ rows: 2, add: 1, update: 0, skip: 1 });
    expect(p.rows[0]!.errors).toEqual([
      "Row 2: first name “Siobh\uFFFDn” has a character that could not be read: save the file as “CSV UTF-8” and choose it again",
    ]);
  });

  it("refuses a file over 25 MB before reading it, saying how big it is", () => {
    const read = readImportFile(new Uint8Array(MAX_FILE_BYTES + 1), "huge.csv");
    expect(read).toEqual({
      ok: false,
      message:
        "The file is 25 MB, bigger than the 25 MB an import can read. Export fewer pupils at a time (for example one year group), or only the columns the import needs.",
    });
    expect(readImportFile(new Uint8Array(31 * 1024 * 1024), "huge.csv")).toMatchObject({ message: expect.stringMatching(/^The file is 31 MB,/) });
  });

  it("still calls an old Excel workbook a workbook, and a binary file not a CSV", () => {
    expect(readImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "old.xls")).toEqual({
      ok: false,
      message: "This looks like an Excel workbook: save it as CSV from your MIS or Excel first, then choose the CSV file.",
    });
    expect(readImportFile(new Uint8Array([1, 0, 0, 0, 7, 0, 0, 3, 0, 0, 0, 9]), "data.bin")).toMatchObject({ ok: false });
  });
});

describe("maximum lengths", () => {
  it("skips a row whose name or other field is longer than any real one, saying which", () => {
    const long = "A".repeat(101);
    const notes = "x".repeat(201);
    const text = `Forename,Surname,DOB,SEN need 1\n${long},Example,01/09/2015,\nAda,Example,01/09/2015,${notes}\n`;
    const p = previewRows(sourceRows(source(text)), [], {}, { asOf: TODAY, today: TODAY });
    expect(p.rows.map((r) => r.errors)).toEqual([
      ["Row 2: first name is longer than 100 characters"],
      ["Row 3: primary need is longer than 200 characters: check the column holds what it says", `Row 3: unknown SEN need code ${notes}`],
    ]);
  });
});
