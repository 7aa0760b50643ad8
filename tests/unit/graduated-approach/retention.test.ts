import { describe, expect, it } from "vitest";
import { newCycle } from "@/graduated-approach/cycle";
import { retentionState, retentionUntil, subjectAccessExport } from "@/graduated-approach/retention";
import { fakePupil } from "../../fixtures/graduated";

describe("SEN file retention", () => {
  it("keeps the file until date of birth plus 31 years", () => {
    expect(retentionUntil({ dateOfBirth: "2015-06-30" })).toBe("2046-06-30");
    expect(retentionUntil({ dateOfBirth: "2016-02-29" })).toBe("2047-03-01");
  });

  it("flags only archived pupils whose retention date has passed", () => {
    expect(retentionState({ dateOfBirth: "1990-01-01" }, "2026-11-23")).toEqual({ kind: "on-roll" });
    expect(retentionState({ dateOfBirth: "1990-01-01", archivedOn: "2008-07-20" }, "2026-11-23")).toEqual({ kind: "review-for-erasure", since: "2021-01-01" });
    expect(retentionState({ dateOfBirth: "2010-05-05", archivedOn: "2026-07-20" }, "2026-11-23")).toEqual({ kind: "keep", until: "2041-05-05" });
  });
});

describe("subject access export", () => {
  it("holds the pupil and only their cycles, in order", () => {
    const pupil = fakePupil();
    const cycles = [newCycle(pupil.id, 2, "2026-01-10", "c2"), newCycle("someone-else", 1, "2026-01-10", "x"), newCycle(pupil.id, 1, "2025-09-10", "c1")];
    const out = subjectAccessExport(pupil, cycles, "2026-11-23T10:00:00.000Z");
    expect(out.cycles.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(out.pupil.id).toBe(pupil.id);
  });
});
