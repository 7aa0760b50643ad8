import { describe, expect, it } from "vitest";
import { applyImport, previewRows, readImportFile, sourceAsOf, sourceMeta, sourceRows } from "@/graduated-approach/csv-import";
import { newPupil } from "@/graduated-approach/new-pupil";
import type { Pupil } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";

const TODAY = "2026-11-23";
const NOW = `${TODAY}T10:00:00.000Z`;
const UPN_1 = syntheticUpn("999100141001");
const UPN_2 = syntheticUpn("999100141002");

function ctf(pupils: string, header = "<DateTime>2026-11-02T09:00:00</DateTime>"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CTfile><Header>${header}</Header><CTFpupilData>${pupils}</CTFpupilData></CTfile>\n`;
}
const pupil = (inner: string, id = `<UPN>${UPN_1}</UPN>`) =>
  `<Pupil>${id}<Surname>McTestface</Surname><Forename>Testy</Forename><DOB>2015-09-01</DOB>${inner}</Pupil>`;
const sen = (date: string, code: string) => `<SEN>${date ? `<StartDate>${date}</StartDate>` : ""}<SENprovision>${code}</SENprovision></SEN>`;
const need = (rank: number, type: string) => `<SENneed><SENtypeRank>${rank}</SENtypeRank><SENtype>${type}</SENtype></SENneed>`;

function preview(text: string, existing: Pupil[] = [], settingName?: string) {
  const read = readImportFile(text, "transfer.xml", settingName ? { settingName } : {});
  if (!read.ok) throw new Error(read.message);
  const s = read.source;
  return previewRows(sourceRows(s), existing, sourceMeta(s), { asOf: sourceAsOf(s, TODAY), today: TODAY });
}
const refusal = (text: string) => {
  const read = readImportFile(text, "transfer.xml");
  if (read.ok) throw new Error("expected a refusal");
  return read.message;
};

function existing(): Pupil {
  const made = newPupil(
    { firstName: "Testy", lastName: "McTestface", dateOfBirth: "2015-09-01", yearGroup: "Y6", phase: "school", upn: UPN_1,
      senStatus: { code: "K", since: "2021-09-06" }, needs: [{ code: "SPLD", rank: 1 }], tier: "targeted" },
    "2026-01-01T00:00:00.000Z", "existing-1");
  if (!made.success) throw made.error;
  return made.data;
}

describe("Common Transfer File SEN history", () => {
  it("applies a latest entry of N even when needs are still listed, and names the needs it drops", () => {
    const history = `<SENhistory>${sen("2021-09-06", "K")}${sen("2026-07-01", "N")}<SENneeds>${need(1, "SPLD")}${need(2, "HI")}</SENneeds></SENhistory>`;
    const p = preview(ctf(pupil(history)), [existing()]);
    expect(p.counts).toEqual({ rows: 1, add: 0, update: 1, skip: 0 });
    expect(p.rows[0]!.warnings).toEqual([
      "Pupil 1: the latest SEN entry (from 1 July 2026) is N, no SEN provision, so the needs the file still lists (SPLD, HI) are not kept",
    ]);
    const [updated] = applyImport([existing()], p, NOW).toUpdate;
    expect(updated!.senStatus).toEqual({ code: "none", since: "2026-07-01" });
    expect(updated!.needs).toEqual([]);
  });

  it("keeps every ranked need: first and second as primary and secondary, the rest as further needs", () => {
    const needs = `<SENneeds>${need(3, "VI")}${need(1, "SEMH")}${need(4, "ASC")}${need(2, "HI")}</SENneeds>`;
    const p = preview(ctf(pupil(`<SENhistory>${sen("2024-01-08", "K")}${needs}</SENhistory>`)));
    expect(p.rows[0]!.values).toMatchObject({ primaryNeed: "SEMH", secondaryNeed: "HI", furtherNeeds: ["VI", "ASD"] });
    const [added] = applyImport([], p, NOW, { newId: () => "new" }).toAdd;
    expect([added!.needs, added!.furtherNeeds]).toEqual([[{ code: "SEMH", rank: 1 }, { code: "HI", rank: 2 }], ["VI", "ASD"]]);
  });

  it("warns about undated entries and takes the latest dated one", () => {
    const history = `<SENhistory>${sen("", "E")}${sen("2024-01-08T00:00:00", "K")}</SENhistory>`;
    const p = preview(ctf(pupil(history)));
    expect(p.rows[0]!.warnings).toEqual([
      "Pupil 1: 1 SEN entry has no start date (provision E), so the latest provision was taken from the dated entries",
    ]);
    expect(p.rows[0]!.values).toMatchObject({ senStatus: "K", senSince: "2024-01-08" });
  });

  it("reads old provision codes through the dictionary, with the notice", () => {
    const p = preview(ctf(pupil(`<SENhistory>${sen("2013-09-02", "S")}</SENhistory>`)));
    expect(p.rows[0]!.values.senStatus).toBe("E");
    expect(p.translations).toEqual([
      { field: "senStatus", said: "S", stored: "E (EHC plan)", rows: 1, notice: "a statement of SEN (S) was replaced in 2014: it is stored as E (EHC plan)." },
    ]);
  });
});

describe("Common Transfer File pupils and header", () => {
  it("accepts dates with a time part", () => {
    const p = preview(ctf(`<Pupil><UPN>${UPN_1}</UPN><Surname>A</Surname><Forename>B</Forename><DOB>2015-08-31T00:00:00</DOB></Pupil>`));
    expect(p.rows[0]!.values.dateOfBirth).toBe("2015-08-31");
    expect(p.rows[0]!.errors).toEqual([]);
  });

  it("reads UniquePupilNumber, and says when only a former UPN is given", () => {
    const unique = pupil("", `<UniquePupilNumber>${UPN_1}</UniquePupilNumber>`);
    const former = pupil("", `<FormerUPN>${UPN_2}</FormerUPN>`).replace("Testy", "Ada");
    const p = preview(ctf(unique + former));
    expect(p.rows.map((r) => r.values.upn)).toEqual([UPN_1, undefined]);
    expect(p.rows[1]!.warnings).toEqual([
      `Pupil 2: no UPN, only a former UPN (${UPN_2}), which is not kept as the pupil's UPN: the pupil is added without a UPN`,
    ]);
  });

  it("says when the file was made for another school", () => {
    const header = "<DateTime>2026-11-02T09:00:00</DateTime><DestSchool><LEA>999</LEA><Estab>4002</Estab><SchoolName>Elsewhere Test Academy</SchoolName></DestSchool>";
    expect(preview(ctf(pupil(""), header), [], "Nowhere Test Primary").notices).toEqual([
      "This Common Transfer File was made for Elsewhere Test Academy (DfE number 9994002), not Nowhere Test Primary: check it is the right file before importing.",
    ]);
    expect(preview(ctf(pupil(""), header), [], "Elsewhere test academy").notices).toEqual([]);
  });

  it("reads a file with blank lines before the declaration", () => {
    expect(preview("\r\n\r\n  " + ctf(pupil(""))).counts).toEqual({ rows: 1, add: 1, update: 0, skip: 0 });
  });

  it("refuses a DOCTYPE or entity declaration in a plain sentence", () => {
    const withEntity = ctf(pupil("")).replace("<CTfile>", '<!DOCTYPE CTfile [<!ENTITY x "Injected">]>\n<CTfile>');
    const message =
      "transfer.xml declares its own document type or entities (<!DOCTYPE> or <!ENTITY>), which a Common Transfer File never does, " +
      "so it is not read, to be safe. Export the CTF from your MIS again.";
    expect(refusal(withEntity)).toBe(message);
    expect(refusal(ctf(pupil("")).replace("<CTfile>", "<!DOCTYPE CTfile>\n<CTfile>"))).toBe(message);
  });

  it("says a truncated file looks cut short", () => {
    const full = ctf(pupil("") + pupil("").replace("Testy", "Ada"));
    expect(refusal(full.slice(0, full.length - 60))).toBe(
      "transfer.xml looks cut short: it stops before the end of the Common Transfer File. Export it from your MIS or download it again, and choose the complete file.",
    );
  });

  it("recognises an SEN2 return and says what it is", () => {
    expect(refusal(`<?xml version="1.0"?>\n<Message><Header/><SEN2><Child/></SEN2></Message>`)).toBe(
      "This is an SEN2 return, the statutory data on EHC plans that a local authority sends to the DfE. It is not a pupil list from a school: choose a Common Transfer File or a CSV exported from your MIS.",
    );
  });
});
