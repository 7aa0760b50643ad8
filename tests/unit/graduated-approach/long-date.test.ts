import { describe, expect, it } from "vitest";
import { longDate, shortDate } from "@/graduated-approach/long-date";

describe("dates as people read them, whatever the browser's locale", () => {
  it("writes prose dates as GOV.UK does", () => {
    expect(longDate("2026-03-04")).toBe("4 March 2026");
    expect(longDate("2015-12-31T10:00:00.000Z")).toBe("31 December 2015");
  });

  it("writes table and field dates as dd/mm/yyyy", () => {
    expect(shortDate("2026-03-04")).toBe("04/03/2026");
    expect(shortDate("2015-09-01T00:00:00.000Z")).toBe("01/09/2015");
  });

  it("leaves anything that is not a date alone, and blank as blank", () => {
    expect(shortDate("soon")).toBe("soon");
    expect(shortDate(undefined)).toBe("");
    expect(longDate("")).toBe("");
  });
});
