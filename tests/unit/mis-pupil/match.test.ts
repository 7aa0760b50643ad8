import { describe, expect, it } from "vitest";
import type { DetectedPupil } from "@/mis-pupil/detect";
import { matchPupil, newPupilFromDetection, type MatchablePupil } from "@/mis-pupil/match";

const ada: MatchablePupil = { id: "ada", firstName: "Ada", lastName: "Testpupil", dateOfBirth: "2015-03-04", upn: "L999200115001" };
const zoe: MatchablePupil = { id: "zoe", firstName: "Zoë", lastName: "O’Neil-Fakename", dateOfBirth: "2014-01-12" };
const bram: MatchablePupil = { id: "bram", firstName: "Bram", lastName: "Fakename", dateOfBirth: "2014-01-12", upn: "P999200114002", archivedOn: "2025-07-20" };
const pupils = [ada, zoe, bram];

const seen = (pupil: Omit<DetectedPupil, "via">): DetectedPupil => ({ ...pupil, via: "generic" });

describe("matchPupil", () => {
  it("matches by UPN first, spaces and case aside, when the page shows nothing else or agrees", () => {
    expect(matchPupil(seen({ upn: "l 999 2001 15 001" }), pupils)).toEqual({ kind: "match", pupilId: "ada", by: "upn" });
    expect(matchPupil(seen({ upn: "L999200115001", fullName: "TESTPUPIL, Ada", dateOfBirth: "2015-03-04" }), pupils)).toEqual({
      kind: "match",
      pupilId: "ada",
      by: "upn",
    });
    expect(matchPupil(seen({ upn: "L999200115001", lastName: "Testpupil" }), pupils)).toEqual({ kind: "match", pupilId: "ada", by: "upn" });
  });

  it("does not match a UPN whose page shows another name, and says what differs", () => {
    expect(matchPupil(seen({ upn: "l 999 2001 15 001", fullName: "Someone Else" }), pupils)).toEqual({
      kind: "differs",
      pupilId: "ada",
      differences: [{ field: "name", onPage: "Someone Else", inRecord: "Ada Testpupil" }],
    });
    expect(matchPupil(seen({ upn: "L999200115001", firstName: "Ava" }), pupils)).toEqual({
      kind: "differs",
      pupilId: "ada",
      differences: [{ field: "name", onPage: "Ava", inRecord: "Ada Testpupil" }],
    });
  });

  it("does not match a UPN whose page shows another date of birth, or both differences at once", () => {
    expect(matchPupil(seen({ upn: "L999200115001", fullName: "Ada Testpupil", dateOfBirth: "2015-04-03" }), pupils)).toEqual({
      kind: "differs",
      pupilId: "ada",
      differences: [{ field: "dateOfBirth", onPage: "2015-04-03", inRecord: "2015-03-04" }],
    });
    expect(matchPupil(seen({ upn: "L999200115001", firstName: "Eve", lastName: "Example", dateOfBirth: "2016-01-01" }), pupils)).toEqual({
      kind: "differs",
      pupilId: "ada",
      differences: [
        { field: "name", onPage: "Eve Example", inRecord: "Ada Testpupil" },
        { field: "dateOfBirth", onPage: "2016-01-01", inRecord: "2015-03-04" },
      ],
    });
  });

  it("finds an archived pupil by UPN, so a returning pupil is found", () => {
    expect(matchPupil(seen({ upn: "P999200114002" }), pupils)).toEqual({ kind: "match", pupilId: "bram", by: "upn" });
  });

  it("matches name and date of birth ignoring case, accents, spaces and punctuation", () => {
    const match = { kind: "match", pupilId: "zoe", by: "name-and-birth" };
    expect(matchPupil(seen({ firstName: "ZOE", lastName: "O'NEIL FAKENAME", dateOfBirth: "2014-01-12" }), pupils)).toEqual(match);
    expect(matchPupil(seen({ fullName: "Zoe  O’Neil-Fakename", dateOfBirth: "2014-01-12" }), pupils)).toEqual(match);
    expect(matchPupil(seen({ fullName: "O'NEIL-FAKENAME, Zoë", dateOfBirth: "2014-01-12" }), pupils)).toEqual(match);
    expect(matchPupil(seen({ fullName: "ONEIL-FAKENAME Zoe", dateOfBirth: "2014-01-12" }), pupils)).toEqual(match);
  });

  it("never matches a name without a date of birth, or with a different one", () => {
    expect(matchPupil(seen({ fullName: "Ada Testpupil" }), pupils)).toEqual({ kind: "none" });
    expect(matchPupil(seen({ fullName: "Ada Testpupil", dateOfBirth: "2015-03-05" }), pupils)).toEqual({ kind: "none" });
    expect(matchPupil(seen({ lastName: "Testpupil", dateOfBirth: "2015-03-04" }), pupils)).toEqual({ kind: "none" });
  });

  it("does not match by name a pupil whose recorded UPN is a different one", () => {
    expect(matchPupil(seen({ upn: "T999200115005", fullName: "Ada Testpupil", dateOfBirth: "2015-03-04" }), pupils)).toEqual({ kind: "none" });
    expect(matchPupil(seen({ upn: "T999200115005", fullName: "Zoe O'Neil-Fakename", dateOfBirth: "2014-01-12" }), pupils)).toEqual({
      kind: "match",
      pupilId: "zoe",
      by: "name-and-birth",
    });
  });

  it("is ambiguous when several pupils fit", () => {
    const twin = { ...ada, id: "ada-2", upn: undefined, archivedOn: "2024-07-20" };
    expect(matchPupil(seen({ fullName: "Ada Testpupil", dateOfBirth: "2015-03-04" }), [...pupils, twin])).toEqual({
      kind: "ambiguous",
      pupilIds: ["ada", "ada-2"],
    });
    const copy = { ...ada, id: "ada-copy" };
    expect(matchPupil(seen({ upn: "L999200115001" }), [ada, copy])).toEqual({ kind: "ambiguous", pupilIds: ["ada", "ada-copy"] });
  });

  it("finds nobody in an empty register", () => {
    expect(matchPupil(seen({ upn: "L999200115001" }), [])).toEqual({ kind: "none" });
  });
});

describe("newPupilFromDetection", () => {
  it("fills the add-pupil form, splitting a whole name sensibly", () => {
    expect(newPupilFromDetection(seen({ fullName: "MADEUPSON, Cleo", lastName: "MADEUPSON", firstName: "Cleo", upn: "P999200115003", dateOfBirth: "2015-11-09" }))).toEqual({
      firstName: "Cleo",
      lastName: "MADEUPSON",
      dateOfBirth: "2015-11-09",
      upn: "P999200115003",
    });
    const names = (fullName: string) => {
      const { firstName, lastName } = newPupilFromDetection(seen({ fullName }));
      return [firstName, lastName];
    };
    expect(names("TESTPUPIL, Ada")).toEqual(["Ada", "TESTPUPIL"]);
    expect(names("Ada Testpupil")).toEqual(["Ada", "Testpupil"]);
    expect(names("Ada Maria Testpupil")).toEqual(["Ada Maria", "Testpupil"]);
    expect(names("TESTPUPIL Ada Maria")).toEqual(["Ada Maria", "TESTPUPIL"]);
    expect(names("Anna van der Fakename")).toEqual(["Anna", "van der Fakename"]);
    expect(names("Testpupil")).toEqual(["", "Testpupil"]);
  });

  it("leaves blank what the page did not show", () => {
    expect(newPupilFromDetection(seen({ upn: "T999200115005" }))).toEqual({ firstName: "", lastName: "", dateOfBirth: "", upn: "T999200115005" });
  });
});
