import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/self-audit/csv";
import { AUDIT_CSV_HEADER, auditCsv } from "@/self-audit/audit-csv";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith } from "../../fixtures/sample-audits";

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("+44 1225")).toBe("'+44 1225");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@home")).toBe("'@home");
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it("ends every row with CRLF", () => {
    expect(toCsv([["a", "b"], [1, 2]])).toBe("a,b\r\n1,2\r\n");
  });

  it("writes one row per statement in the audit's phase, with its record", () => {
    const fw = tinyFramework();
    const audit = auditWith(fw, { "talk-1": { rating: 1, evidence: "Seen in, class", action: "=cmd", owner: "SENCO", due: "2026-04-01" } });
    const lines = auditCsv(fw, audit).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines[1]).toBe('Talking,Everyone,talk-1,Staff use a visual timetable every day.,1,Partly,"Seen in, class",,\'=cmd,SENCO,2026-04-01');
    expect(lines[2]).toBe("Leading,Everyone,lead-1,Leaders report on SEND every term.,,Not rated,,,,,");
  });
});
