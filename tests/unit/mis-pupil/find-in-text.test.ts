import { describe, expect, it } from "vitest";
import { syntheticUpn } from "@/graduated-approach/upn-check";
import { dateAtStart, findDate } from "@/mis-pupil/find-date";
import { findUpns } from "@/mis-pupil/find-upns";

describe("findUpns", () => {
  it("keeps valid UPNs, once each, and reports look-alikes with the letter they should have", () => {
    const text = "UPN L999200115001; again L999200115001; former A999200115001; phone 01632960001; T 999 2001 15 005.";
    expect(findUpns(text)).toEqual({
      valid: ["L999200115001", "T999200115005"],
      wrongCheckLetter: [{ upn: "A999200115001", expected: "L" }],
    });
  });

  it("does not read a UPN out of a longer run of letters and digits", () => {
    const upn = syntheticUpn("999200115001");
    expect(findUpns(`X${upn}`).valid).toEqual([]);
    expect(findUpns(`${upn}7`).valid).toEqual([]);
    expect(findUpns(`(${upn})`).valid).toEqual([upn]);
  });
});

describe("findDate", () => {
  it("finds the first readable date in a value", () => {
    expect(findDate("04/03/2015 (age 11)")).toEqual({ ok: true, date: "2015-03-04", text: "04/03/2015" });
    expect(findDate("Born 9 November 2015")).toEqual({ ok: true, date: "2015-11-09", text: "9 November 2015" });
    expect(findDate("31/02/2015")).toEqual({ ok: false, reason: "impossible", text: "31/02/2015" });
    expect(findDate("Year 5")).toEqual({ ok: false, reason: "format" });
  });

  it("reads a date only at the very start after a label", () => {
    expect(dateAtStart(" 4 Mar 2015 Year 5")).toBe("2015-03-04");
    expect(dateAtStart("in 2015, on 4 March 2015")).toBeUndefined();
  });
});
