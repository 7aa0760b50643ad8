import { describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { readinessChecklist, type ReadinessItem } from "@/evidence-pack/readiness";
import { newCycle } from "@/graduated-approach/cycle";
import { fakePupil } from "../../fixtures/graduated";
import { packCycles, packPupil } from "../../fixtures/evidence-pack";
import { auditWith } from "../../fixtures/sample-audits";

const byId = (items: ReadinessItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe("readiness checklist", () => {
  it("lists the Code of Practice 9.14 factors first, then what local authorities usually ask for", () => {
    const ids = readinessChecklist({ pupil: packPupil(), cycles: packCycles() }).map((i) => i.id);
    expect(ids.slice(0, 5)).toEqual(["attainment-progress", "nature-extent", "action-taken", "impact", "development-health"]);
    expect(ids).toEqual(expect.arrayContaining(["reviewed-cycles", "costed-provision", "external-advice", "pupil-view", "parent-view", "attendance", "consent"]));
  });

  it("finds everything in a full record except attendance and the self-audit", () => {
    const items = readinessChecklist({ pupil: packPupil(), cycles: packCycles() });
    expect(items.filter((i) => !i.present).map((i) => i.id)).toEqual(["attendance", "ordinarily-available"]);
    expect(byId(items)["reviewed-cycles"]!.detail).toBe("5 reviewed cycles, 5 with impact recorded. The number of cycles is not a legal test.");
  });

  it("marks everything missing for a new pupil, and says where to add each", () => {
    const pupil = fakePupil({ needs: [] });
    const items = byId(readinessChecklist({ pupil, cycles: [newCycle("pupil-1", 1, "2026-01-05", "c1")] }));
    for (const item of Object.values(items)) expect(item.present).toBe(false);
    expect(items["action-taken"]!.where).toBe("plan");
    expect(items["impact"]!.where).toBe("review");
    expect(items["nature-extent"]!.where).toBe("details");
    expect(items["consent"]!.detail).toBe("No consent recorded.");
  });

  it("needs scores on two or more dates for the rate of progress", () => {
    const one = byId(readinessChecklist({ pupil: packPupil(), cycles: packCycles(1) }));
    expect(one["attainment-progress"]!.present).toBe(false);
    expect(one["attainment-progress"]!.detail).toContain("1 assessment with scores on 1 date");
    const two = byId(readinessChecklist({ pupil: packPupil(), cycles: packCycles(2) }));
    expect(two["attainment-progress"]!.present).toBe(true);
  });

  it("never invents attendance: it asks for the MIS summary", () => {
    const attendance = byId(readinessChecklist({ pupil: packPupil(), cycles: packCycles() }))["attendance"]!;
    expect(attendance).toMatchObject({ present: false, where: "outside" });
    expect(attendance.detail).toBe("Not recorded in SEND Companion: attach the MIS attendance summary.");
  });

  it("counts the setting's self-audit when there is one", () => {
    const audit = auditWith(loadBuiltInFramework(), {});
    expect(byId(readinessChecklist({ pupil: packPupil(), cycles: packCycles(), latestAudit: audit }))["ordinarily-available"]!.present).toBe(true);
  });
});
