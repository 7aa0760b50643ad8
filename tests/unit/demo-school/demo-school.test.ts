import { beforeAll, describe, expect, it } from "vitest";
import { loadBuiltInFramework } from "@/commitment-framework/built-in";
import { FAKE_FIRST_NAMES, FAKE_SURNAMES } from "@/demo-school/fake-names";
import { type DemoSchool, generateDemoSchool } from "@/demo-school/generate";
import { Cycle } from "@/graduated-approach/cycle";
import { Pupil } from "@/graduated-approach/pupil";
import { checkUpn } from "@/graduated-approach/upn";
import { yearOffset } from "@/graduated-approach/year-group";

const TODAY = "2026-03-03";

describe("generateDemoSchool", () => {
  let school: DemoSchool;
  beforeAll(() => {
    school = generateDemoSchool({ pupils: 400, seed: 7, today: TODAY });
  });

  it("is the same school, ids included, for the same seed", () => {
    expect(generateDemoSchool({ pupils: 400, seed: 7, today: TODAY })).toEqual(school);
  });

  it("is a different school for a different seed", () => {
    const other = generateDemoSchool({ pupils: 400, seed: 8, today: TODAY });
    expect(other.pupils.map((p) => p.firstName)).not.toEqual(school.pupils.map((p) => p.firstName));
  });

  it("makes the number of pupils asked for, with unique ids", () => {
    expect(school.pupils).toHaveLength(400);
    expect(generateDemoSchool({ pupils: 0, seed: 1, today: TODAY })).toMatchObject({ pupils: [], cycles: [] });
    const ids = [...school.pupils.map((p) => p.id), ...school.cycles.map((c) => c.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses a pupil count that is not a whole number", () => {
    expect(() => generateDemoSchool({ pupils: 2.5, seed: 1, today: TODAY })).toThrow(RangeError);
    expect(() => generateDemoSchool({ pupils: -1, seed: 1, today: TODAY })).toThrow(RangeError);
  });

  it("passes the Pupil and Cycle schemas, record by record", () => {
    for (const pupil of school.pupils) {
      const result = Pupil.safeParse(pupil);
      expect(result.error?.issues ?? [], pupil.id).toEqual([]);
    }
    for (const cycle of school.cycles) {
      const result = Cycle.safeParse(cycle);
      expect(result.error?.issues ?? [], cycle.id).toEqual([]);
    }
  });

  it("uses only obviously fake names", () => {
    const fakeSurname = /test|sample|demo|mock|example|dumm|fake|pretend|made|placeholder|specimen|trial|notreal|fiction/i;
    for (const pupil of school.pupils) {
      expect(FAKE_SURNAMES).toContain(pupil.lastName);
      expect(pupil.lastName).toMatch(fakeSurname);
      expect(FAKE_FIRST_NAMES).toContain(pupil.firstName);
    }
    expect(school.setting.name).toMatch(/^Demo school/);
  });

  it("gives UPNs from the fake LA 999 with correct check letters, none shared", () => {
    const upns = school.pupils.flatMap((p) => (p.upn ? [p.upn] : []));
    expect(upns.length).toBeGreaterThan(school.pupils.length * 0.8);
    for (const upn of upns) {
      expect(checkUpn(upn)).toEqual({ ok: true, upn });
      expect(upn.slice(1, 4)).toBe("999");
    }
    expect(new Set(upns).size).toBe(upns.length);
  });

  it("gives each pupil a date of birth that fits their year group", () => {
    // Academic year 2025–26: a pupil in year group n (reception 0) turns 5 + n between 1 September 2025
    // and 31 August 2026, so was 4 + n on 31 August 2025.
    for (const pupil of school.pupils) {
      const [y, m] = pupil.dateOfBirth.split("-").map(Number) as [number, number];
      const ageOn31August = 2025 - y - (m >= 9 ? 1 : 0);
      expect(ageOn31August, `${pupil.id} born ${pupil.dateOfBirth}`).toBe(4 + yearOffset(pupil.yearGroup));
    }
  });

  it("keeps tiers in step with SEN status", () => {
    for (const pupil of school.pupils) {
      if (pupil.senStatus.code === "monitoring") expect(pupil.tier).toBe("universal");
      if (pupil.senStatus.code === "K") expect(["targeted", "targeted-plus"]).toContain(pupil.tier);
      if (pupil.senStatus.code === "E") expect(["targeted-plus", "specialist"]).toContain(pupil.tier);
    }
  });

  it("gives 1–3 cycles to pupils at SEN support or with a plan, the last open and earlier ones reviewed", () => {
    for (const pupil of school.pupils) {
      const cycles = school.cycles.filter((c) => c.pupilId === pupil.id).sort((a, b) => a.number - b.number);
      if (pupil.senStatus.code === "monitoring") {
        expect(cycles).toEqual([]);
        continue;
      }
      expect(cycles.length).toBeGreaterThanOrEqual(1);
      expect(cycles.length).toBeLessThanOrEqual(3);
      expect(cycles.map((c) => c.number)).toEqual(cycles.map((_, i) => i + 1));
      expect(cycles.at(-1)?.status).toBe("open");
      for (const closed of cycles.slice(0, -1)) {
        expect(closed.status).toBe("closed");
        expect(closed.stages.review.decision).toBeDefined();
        expect(closed.stages.review.outcomeProgress).toHaveLength(closed.stages.plan.outcomes.length);
      }
    }
  });

  it("fills each plan with measurable outcomes and costed provision, nothing dated after today", () => {
    for (const cycle of school.cycles) {
      const { plan, review, do: delivery } = cycle.stages;
      expect(plan.outcomes.length).toBeGreaterThanOrEqual(2);
      expect(plan.provisions.length).toBeGreaterThanOrEqual(1);
      for (const o of plan.outcomes) expect(o.baseline && o.target && o.howMeasured).toBeTruthy();
      for (const p of plan.provisions) {
        expect(p.frequencyPerWeek * p.sessionMinutes * p.weeks).toBeGreaterThan(0);
        expect(p.hourlyCost).toBeGreaterThanOrEqual(15);
        expect(p.hourlyCost).toBeLessThanOrEqual(35);
      }
      expect(cycle.openedOn <= TODAY).toBe(true);
      expect((review.reviewedOn ?? TODAY) <= TODAY).toBe(true);
      for (const entry of delivery.log) expect(entry.date <= TODAY).toBe(true);
    }
  });

  it("links framework provision to statements that exist, in the same area", () => {
    const statements = new Map(loadBuiltInFramework().statements.map((s) => [s.id, s]));
    const linked = school.cycles.flatMap((c) => c.stages.plan.provisions).filter((p) => p.statementId);
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) {
      expect(statements.get(p.statementId!)?.area, p.statementId).toBe(p.area);
    }
  });
});

describe("a large demo school", () => {
  // How fast it is made is measured in tests/bench/demo-school.bench.ts, not timed here.
  it("makes 2,000 pupils in roughly the asked-for mix", () => {
    const school = generateDemoSchool({ pupils: 2000, seed: 1, today: TODAY });
    const share = (code: string) => school.pupils.filter((p) => p.senStatus.code === code).length / 2000;
    expect(share("K")).toBeGreaterThan(0.55);
    expect(share("K")).toBeLessThan(0.65);
    expect(share("E")).toBeGreaterThan(0.12);
    expect(share("E")).toBeLessThan(0.18);
    expect(share("monitoring")).toBeGreaterThan(0.2);
    expect(share("monitoring")).toBeLessThan(0.3);
    expect(school.pupils.some((p) => p.needs.some((n) => n.code === "NSA"))).toBe(true);
  });
});

describe("generateDemoSchool of a given size", () => {
  it("makes exactly the cycles and delivery-log entries asked for, all valid, shared among pupils with support", () => {
    const school = generateDemoSchool({ pupils: 200, seed: 3, today: TODAY, cycles: 600, logEntries: 1_700 });
    expect(school.cycles).toHaveLength(600);
    expect(school.cycles.reduce((n, c) => n + c.stages.do.log.length, 0)).toBe(1_700);
    const supported = new Set(school.pupils.filter((p) => p.senStatus.code === "K" || p.senStatus.code === "E").map((p) => p.id));
    expect(school.cycles.every((c) => supported.has(c.pupilId))).toBe(true);
    const perPupil = new Map<string, number>();
    for (const c of school.cycles) perPupil.set(c.pupilId, (perPupil.get(c.pupilId) ?? 0) + 1);
    const counts = [...perPupil.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(school.cycles.filter((c) => !Cycle.safeParse(c).success).map((c) => c.id)).toEqual([]);
    const ids = school.cycles.flatMap((c) => [c.id, ...c.stages.do.log.map((l) => l.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("trims delivery logs down to a smaller total", () => {
    const school = generateDemoSchool({ pupils: 50, seed: 4, today: TODAY, cycles: 80, logEntries: 10 });
    expect(school.cycles.reduce((n, c) => n + c.stages.do.log.length, 0)).toBe(10);
  });

  it("refuses a cycle count that is not a whole number", () => {
    expect(() => generateDemoSchool({ pupils: 10, seed: 1, today: TODAY, cycles: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoSchool({ pupils: 10, seed: 1, today: TODAY, logEntries: -2 })).toThrow(RangeError);
  });
});
