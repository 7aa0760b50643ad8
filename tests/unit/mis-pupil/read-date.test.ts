import { describe, expect, it } from "vitest";
import { readDate } from "@/graduated-approach/read-date";

describe("readDate", () => {
  it("still reads dd/mm/yyyy and yyyy-mm-dd", () => {
    expect(readDate("04/03/2015")).toEqual({ ok: true, date: "2015-03-04" });
    expect(readDate("4.3.2015")).toEqual({ ok: true, date: "2015-03-04" });
    expect(readDate(" 2015-03-04 ")).toEqual({ ok: true, date: "2015-03-04" });
    expect(readDate("31/02/2015")).toEqual({ ok: false, reason: "impossible" });
    expect(readDate("03/04/15")).toEqual({ ok: false, reason: "format" });
  });

  it("reads dates written out as an MIS shows them", () => {
    const written = ["4 March 2015", "04 Mar 2015", "4 mar. 2015", "4th March 2015", "04-Mar-2015", "Wednesday 4 March 2015", "Wed, 4 Mar 2015"];
    for (const text of written) expect(readDate(text), text).toEqual({ ok: true, date: "2015-03-04" });
    expect(readDate("21st Sept 2014")).toEqual({ ok: true, date: "2014-09-21" });
    expect(readDate("1 December 2016")).toEqual({ ok: true, date: "2016-12-01" });
  });

  it("rejects written dates that are not real, and words that are not months", () => {
    expect(readDate("30 February 2016")).toEqual({ ok: false, reason: "impossible" });
    expect(readDate("4 Marchember 2015")).toEqual({ ok: false, reason: "format" });
    expect(readDate("March 2015")).toEqual({ ok: false, reason: "format" });
    expect(readDate("Born 4 March 2015")).toEqual({ ok: false, reason: "format" });
  });
});
