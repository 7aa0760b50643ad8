import { describe, expect, it } from "vitest";
import { applyImport, previewImport, previewRows, readImportFile, sourceAsOf, sourceMeta, sourceRows } from "@/graduated-approach/csv-import";
import { cohortFromBirth, yearGroupOn } from "@/graduated-approach/cohort";
import { withCurrentYearGroup } from "@/graduated-approach/pupil-upgrades";
import { readYearGroup } from "@/graduated-approach/read-year-group";

const THIS_YEAR = "2026-10-05";
const NEXT_YEAR = "2027-10-05";
const same = (today: string) => ({ asOf: today, today });

describe("NC year values as MIS exports write them", () => {
  it.each([
    ["6", "Y6"], ["06", "Y6"], ["Y6", "Y6"], ["Yr 6", "Y6"], ["Year 6", "Y6"], ["NC 6", "Y6"], ["year6", "Y6"],
    ["R", "R"], ["Year R", "R"], ["YR", "R"], ["Reception", "R"], ["N1", "N1"], ["Nursery 2", "N2"], ["14", "Y14"],
  ])("reads %j as %s", (text, year) => {
    expect(readYearGroup(text)).toEqual({ kind: "year", year });
  });

  it("reads X as outside the year groups and N as nursery, and nothing else", () => {
    expect(readYearGroup("X")).toEqual({ kind: "outside" });
    expect(readYearGroup("N")).toEqual({ kind: "nursery" });
    expect(readYearGroup("Y15")).toBeUndefined();
    expect(readYearGroup("Blue")).toBeUndefined();
  });
});

describe("cohorts: the 1 September cut-off", () => {
  it("puts 31 August and 1 September birthdays in different cohorts", () => {
    expect(cohortFromBirth("2016-08-31")).toBe(2020);
    expect(cohortFromBirth("2016-09-01")).toBe(2021);
    expect(yearGroupOn(2020, THIS_YEAR)).toBe("Y6");
    expect(yearGroupOn(2021, THIS_YEAR)).toBe("Y5");
  });
});

describe("year groups on two dates a year apart", () => {
  const text = [
    "Forename,Surname,DOB,Year",
    "Testy,McTestface,31/08/2016,6", // Year 6 by age
    "Ada,Example,01/09/2016,Year 5", // Year 5 by age
    "Bea,Example,15/03/2014,Yr 7", // Year 8 by age: taught out of year group
    "Cy,Example,10/10/2012,X", // outside the NC years: placed by age
    "Di,Example,02/02/2022,R", // Reception
  ].join("\n");

  it("stores the cohort, shows this year's group, and moves everyone up a year later", () => {
    const preview = previewImport(text, [], undefined, same(THIS_YEAR));
    expect(preview.counts).toEqual({ rows: 5, add: 5, update: 0, skip: 0 });
    expect(preview.rows.map((r) => [r.values.cohort, r.values.yearGroup])).toEqual([
      [2020, "Y6"], [2021, "Y5"], [2019, "Y7"], [2017, "Y9"], [2026, "R"],
    ]);
    expect(preview.rows.flatMap((r) => r.warnings)).toEqual([
      "Row 4: the file says Year 7, but a pupil born 15 March 2014 would be in Year 8: kept in Year 7, as taught out of their age group",
    ]);
    expect(preview.translations).toEqual([{ field: "yearGroup", said: "X", stored: "Year 9 (from the date of birth)", rows: 1 }]);

    const stored = applyImport([], preview, `${THIS_YEAR}T09:00:00.000Z`, { newId: () => "x" }).toAdd;
    expect(stored.map((p) => [p.yearGroup, p.phase])).toEqual([["Y6", "school"], ["Y5", "school"], ["Y7", "school"], ["Y9", "school"], ["R", "early-years"]]);
    const nextYear = stored.map((p) => withCurrentYearGroup(p, NEXT_YEAR));
    expect(nextYear.map((p) => [p.yearGroup, p.phase])).toEqual([["Y7", "school"], ["Y6", "school"], ["Y8", "school"], ["Y10", "school"], ["Y1", "school"]]);
  });

  it("reads the same file a year later as the year groups it says then", () => {
    const preview = previewImport(text, [], undefined, same(NEXT_YEAR));
    expect(preview.rows.map((r) => [r.values.cohort, r.values.yearGroup])).toEqual([
      [2021, "Y6"], [2022, "Y5"], [2020, "Y7"], [2017, "Y10"], [2027, "R"],
    ]);
  });

  it("rolls a CTF made in July on to the new school year when it is imported in October", () => {
    const ctf = `<CTfile><Header><DateTime>2026-07-15T14:30:00</DateTime></Header><CTFpupilData>
      <Pupil><Surname>McTestface</Surname><Forename>Testy</Forename><DOB>2015-09-01</DOB><BasicDetails><NCyearActual>5</NCyearActual></BasicDetails></Pupil>
      </CTFpupilData></CTfile>`;
    const read = readImportFile(ctf, "july.xml");
    if (!read.ok) throw new Error(read.message);
    const s = read.source;
    const preview = previewRows(sourceRows(s), [], sourceMeta(s), { asOf: sourceAsOf(s, THIS_YEAR), today: THIS_YEAR });
    expect(preview.rows[0]!.values).toMatchObject({ cohort: 2020, yearGroup: "Y6" });
    expect(preview.rows[0]!.warnings).toEqual([]);
    expect(preview.translations).toEqual([
      { field: "yearGroup", said: "5", stored: "Year 6 (the file is from 15 July 2026; a new school year has started)", rows: 1 },
    ]);
  });

  it("needs a date of birth to place a pupil in year X", () => {
    const preview = previewImport("Forename,Surname,Year,UPN\nTesty,McTestface,X,\n", [], undefined, same(THIS_YEAR));
    expect(preview.rows[0]!.errors).toEqual([
      "Row 2: year group X does not say which year, and there is no date of birth to work it out",
      "Row 2: no date of birth",
    ]);
  });
});
