import { describe, expect, it } from "vitest";
import { compareAudits, previousAudit } from "@/self-audit/compare";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith } from "../../fixtures/sample-audits";

const fw = tinyFramework();
const ids = (xs: { statement: { id: string } }[]) => xs.map((x) => x.statement.id);

describe("comparison with the previous audit", () => {
  const before = auditWith(fw, { "talk-1": { rating: 1 }, "lead-1": { rating: 2 }, "lead-2": { rating: 1 } }, { id: "a-2025", startedOn: "2025-03-01", completedOn: "2025-03-10" });

  it("sorts rated statements into moved up, moved down and unchanged", () => {
    const now = auditWith(fw, { "talk-1": { rating: 2 }, "lead-1": { rating: 0 } }, { id: "a-2026" });
    const c = compareAudits(fw, now, before);
    expect(ids(c.up)).toEqual(["talk-1"]);
    expect(ids(c.down)).toEqual(["lead-1"]);
    expect(c.down[0]).toMatchObject({ before: 2, after: 0 });
    expect(c.previousDate).toBe("2025-03-10");
    expect(c.areas).toEqual([
      { id: "lead", name: "Leading", before: 100, after: 0 },
      { id: "talk", name: "Talking", before: 50, after: 100 },
    ]);
  });

  it("calls a statement new when the previous audit did not rate it", () => {
    const older = auditWith(fw, { "talk-1": { rating: 1 } }, { id: "a-2025" });
    const now = auditWith(fw, { "talk-1": { rating: 1 }, "lead-1": { rating: 1 } }, { id: "a-2026" });
    const c = compareAudits(fw, now, older);
    expect(ids(c.unchanged)).toEqual(["talk-1"]);
    expect(ids(c.new)).toEqual(["lead-1"]);
  });

  it("finds the latest earlier audit of the same framework and phase", () => {
    const now = auditWith(fw, {}, { id: "a-2026", startedOn: "2026-03-03" });
    const older = { ...before, id: "a-2024", startedOn: "2024-03-01", completedOn: "2024-03-02" };
    const otherPhase = { ...before, id: "ey", phase: "early-years" as const };
    const otherFramework = { ...before, id: "fw", frameworkId: "elsewhere" };
    expect(previousAudit([older, before, otherPhase, otherFramework, now], now)?.id).toBe("a-2025");
    expect(previousAudit([now], now)).toBeUndefined();
  });
});
