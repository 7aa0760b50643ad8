import { describe, expect, it } from "vitest";
import { addToRoster, editSpell, leaveRoster, logSession, setMeasure, setMeasureValues, shareCosts, formatProgress, presetOf, MEASURE_PRESETS } from "@/provision-map";
import { delivered, group, missed } from "../../fixtures/interventions";

const NOW = "2026-10-01T09:00:00.000Z";
const three = ["p1", "p2", "p3"].map((pupilId) => ({ pupilId, joined: "2026-09-07" }));
const shareOf = (g: Parameters<typeof shareCosts>[0]) => Object.fromEntries(shareCosts(g).pupils.map((p) => [p.pupilId, p.share]));

describe("bespoke session lengths", () => {
  it("costs a session logged with its own minutes at that length", () => {
    // £24 an hour: 30 minutes is £12, a bespoke 45 minutes is £18; shared by 3 → £4 + £6 = £10 each.
    const g = group({ roster: three, sessions: [delivered("2026-09-07"), { ...delivered("2026-09-09"), minutes: 45 }] });
    expect(shareCosts(g).total).toBe(30);
    expect(shareOf(g)).toEqual({ p1: 10, p2: 10, p3: 10 });
  });

  it("keeps the minutes only for a delivered session", () => {
    const g = group({ roster: three });
    const logged = logSession(g, { date: "2026-09-07", delivered: true, absentPupilIds: [], minutes: 50 }, NOW);
    const notRun = logSession(g, { date: "2026-09-09", delivered: false, absentPupilIds: [], minutes: 50 }, NOW);
    expect(logged.ok && logged.intervention.sessions[0]).toEqual({ date: "2026-09-07", delivered: true, absentPupilIds: [], minutes: 50 });
    expect(notRun.ok && notRun.intervention.sessions[0]).toEqual(missed("2026-09-09"));
  });
});

describe("roster edits", () => {
  it("adds a pupil from a date, and they share only the sessions from then", () => {
    const g = group({ roster: three.slice(0, 2), sessions: [delivered("2026-09-07"), delivered("2026-09-14")] });
    const added = addToRoster(g, "p3", "2026-09-14", NOW);
    if (!added.ok) throw new Error(added.message);
    // 7th: p1, p2 share £12; 14th: p1, p2, p3 share £12.
    expect(shareOf(added.intervention)).toEqual({ p1: 10, p2: 10, p3: 4 });
    expect(added.intervention.updatedAt).toBe(NOW);
  });

  it("refuses to add a pupil already in the group, or before the group starts", () => {
    expect(addToRoster(group({ roster: three }), "p1", "2026-10-01", NOW)).toEqual({ ok: false, message: "That pupil is already in the group on that date" });
    expect(addToRoster(group(), "p9", "2026-08-01", NOW)).toEqual({ ok: false, message: "Enter a joining date from the start to the end of Testy phonics group" });
  });

  it("ends a pupil's spell on the day they left, and they can join again later", () => {
    const left = leaveRoster(group({ roster: three }), "p2", "2026-09-30", NOW);
    if (!left.ok) throw new Error(left.message);
    expect(left.intervention.roster[1]).toEqual({ pupilId: "p2", joined: "2026-09-07", left: "2026-09-30" });
    const back = addToRoster(left.intervention, "p2", "2026-11-02", NOW);
    expect(back.ok && back.intervention.roster.filter((e) => e.pupilId === "p2")).toHaveLength(2);
    expect(leaveRoster(left.intervention, "p2", "2026-10-05", NOW)).toEqual({ ok: false, message: "That pupil has already left the group" });
    expect(leaveRoster(group({ roster: three }), "p1", "2026-09-01", NOW)).toEqual({ ok: false, message: "The date they left must be on or after the date they joined" });
  });

  it("corrects a spell's dates but not into another spell of the same pupil", () => {
    const g = group({ roster: [{ pupilId: "p1", joined: "2026-09-07", left: "2026-09-30" }, { pupilId: "p1", joined: "2026-11-02" }] });
    const fixed = editSpell(g, 0, { joined: "2026-09-14", left: "2026-10-02" }, NOW);
    expect(fixed.ok && fixed.intervention.roster[0]).toEqual({ pupilId: "p1", joined: "2026-09-14", left: "2026-10-02" });
    expect(editSpell(g, 0, { joined: "2026-09-14" }, NOW)).toEqual({ ok: false, message: "Those dates overlap another time the pupil was in the group" });
  });
});

describe("measures", () => {
  it("sets a measure and each pupil's entry and exit values, and clears them", () => {
    const measured = setMeasure(group(), { name: " Reading age ", unit: "months", higherIsBetter: true }, NOW);
    if (!measured.ok) throw new Error(measured.message);
    expect(measured.intervention.measure).toEqual({ name: "Reading age", unit: "months", higherIsBetter: true });
    expect(presetOf(measured.intervention.measure)).toBe("reading-age");
    expect(presetOf({ name: "Times tables check", unit: "answers", higherIsBetter: true })).toBe("own");
    const valued = setMeasureValues(measured.intervention, "p1", { entry: 80, exit: 86 }, NOW);
    expect(valued.ok && valued.intervention.measureValues).toEqual([{ pupilId: "p1", entry: 80, exit: 86 }]);
    const cleared = valued.ok ? setMeasureValues(valued.intervention, "p1", {}, NOW) : valued;
    expect(cleared.ok && cleared.intervention.measureValues).toEqual([]);
    expect(setMeasure(group(), { name: " ", unit: "", higherIsBetter: true }, NOW)).toEqual({ ok: false, message: "Enter the name of your measure" });
  });

  it("offers the measures the issue names, with SDQ the only one where lower is better", () => {
    expect(MEASURE_PRESETS.map((p) => p.id)).toEqual(["standardised-score", "reading-age", "spelling-age", "words-per-minute", "boxall", "sdq", "attendance"]);
    expect(MEASURE_PRESETS.filter((p) => !p.measure.higherIsBetter).map((p) => p.id)).toEqual(["sdq"]);
  });

  it("writes progress with its sign and unit", () => {
    expect(formatProgress(6, "points")).toBe("+6 points");
    expect(formatProgress(-2.5, "months")).toBe("−2.5 months");
    expect(formatProgress(3, "%")).toBe("+3%");
    expect(formatProgress(0, "points")).toBe("0 points");
  });
});
