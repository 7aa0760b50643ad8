import { describe, expect, it } from "vitest";
import { academicYear, pupilShareForYear, sessionCost, shareCosts } from "@/provision-map";
import { delivered, group, missed } from "../../fixtures/interventions";

const shareOf = (result: ReturnType<typeof shareCosts>) => Object.fromEntries(result.pupils.map((p) => [p.pupilId, p.share]));

describe("cost sharing", () => {
  it("costs a session at the hourly rate for its minutes", () => {
    expect(sessionCost(group())).toBe(12);
  });

  it("splits each delivered session equally among the pupils on the roster that day", () => {
    const g = group({
      roster: ["p1", "p2", "p3"].map((pupilId) => ({ pupilId, joined: "2026-09-07" })),
      sessions: [delivered("2026-09-07"), delivered("2026-09-09")],
    });
    // 2 sessions × £12 = £24; ÷ 3 pupils = £8 each.
    expect(shareCosts(g)).toEqual({ total: 24, unshared: 0, pupils: [{ pupilId: "p1", share: 8 }, { pupilId: "p2", share: 8 }, { pupilId: "p3", share: 8 }] });
  });

  it("charges pupils who join or leave mid-term only for the days they were in the group", () => {
    const g = group({
      roster: [
        { pupilId: "p1", joined: "2026-09-07" },
        { pupilId: "p2", joined: "2026-09-07", left: "2026-09-09" },
        { pupilId: "p3", joined: "2026-09-14" },
      ],
      sessions: [delivered("2026-09-07"), delivered("2026-09-09"), delivered("2026-09-14"), delivered("2026-09-16")],
    });
    // 7th and 9th: p1 and p2 share £12 → £6 each. 14th and 16th: p1 and p3 share → £6 each.
    expect(shareOf(shareCosts(g))).toEqual({ p1: 24, p2: 12, p3: 12 });
    expect(shareCosts(g).total).toBe(48);
  });

  it("still shares the cost with a pupil who was absent, so the others pay no more", () => {
    const g = group({
      roster: ["p1", "p2", "p3", "p4"].map((pupilId) => ({ pupilId, joined: "2026-09-07" })),
      sessions: [delivered("2026-09-07", ["p4"]), delivered("2026-09-09", ["p3", "p4"])],
    });
    expect(shareOf(shareCosts(g))).toEqual({ p1: 6, p2: 6, p3: 6, p4: 6 });
  });

  it("charges nothing for a session the group missed", () => {
    const g = group({
      roster: [{ pupilId: "p1", joined: "2026-09-07" }, { pupilId: "p2", joined: "2026-09-07" }],
      sessions: [delivered("2026-09-07"), missed("2026-09-09")],
    });
    expect(shareOf(shareCosts(g))).toEqual({ p1: 6, p2: 6 });
  });

  it("keeps the cost of a session with nobody on the roster apart, belonging to no pupil", () => {
    const g = group({ roster: [{ pupilId: "p1", joined: "2026-09-09" }], sessions: [delivered("2026-09-07"), delivered("2026-09-09")] });
    expect(shareCosts(g)).toEqual({ total: 24, unshared: 12, pupils: [{ pupilId: "p1", share: 12 }] });
  });

  it("rounds each pupil's share once, at the end, not session by session", () => {
    const g = group({
      roster: ["p1", "p2", "p3"].map((pupilId) => ({ pupilId, joined: "2026-09-07" })),
      staff: { name: "Ada Example", role: "Teacher", hourlyRate: 10 },
      schedule: { ...group().schedule, sessionMinutes: 20 },
      sessions: ["2026-09-07", "2026-09-09", "2026-09-14"].map((d) => delivered(d)),
    });
    // £10 × 20/60 = £3.333… a session; ÷ 3 = £1.111… each; × 3 sessions = £3.333… → £3.33.
    expect(shareOf(shareCosts(g))).toEqual({ p1: 3.33, p2: 3.33, p3: 3.33 });
    const nine = group({ ...g, sessions: Array.from({ length: 9 }, (_, i) => delivered(`2026-09-${String(7 + i).padStart(2, "0")}`)) });
    // 9 × £1.111… = £10.00 exactly, where adding rounded pennies would give 9 × £1.11 = £9.99.
    expect(shareOf(shareCosts(nine)).p1).toBe(10);
  });

  it("gives each pupil's share for a school year, September to August", () => {
    expect(academicYear(2026)).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    const g = group({
      roster: [{ pupilId: "p1", joined: "2026-06-01" }],
      sessions: [delivered("2026-07-15"), delivered("2026-09-07"), delivered("2027-08-31"), delivered("2027-09-01")],
    });
    expect(pupilShareForYear(g, "p1", 2025)).toBe(12);
    expect(pupilShareForYear(g, "p1", 2026)).toBe(24);
    expect(pupilShareForYear(g, "nobody", 2026)).toBe(0);
  });
});
