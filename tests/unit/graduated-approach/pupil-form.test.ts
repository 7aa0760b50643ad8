import { describe, expect, it } from "vitest";
import { emptyPupilForm, pupilFromForm, pupilToForm, type PupilFormValues } from "@/graduated-approach/pupil-form";
import { syntheticUpn } from "@/graduated-approach/upn";
import { fakePupil } from "../../fixtures/graduated";

const NOW = "2026-01-15T10:00:00.000Z";
const form = (patch: Partial<PupilFormValues> = {}): PupilFormValues => ({
  ...emptyPupilForm("targeted"),
  firstName: "Pip", lastName: "Testington", dateOfBirth: "2016-05-04", yearGroup: "Y4", primaryNeed: "SLCN",
  ...patch,
});
const errors = (v: PupilFormValues) => {
  const r = pupilFromForm(v, NOW);
  return r.ok ? [] : r.errors;
};

describe("pupil form", () => {
  it("builds a pupil with the phase that goes with the year group", () => {
    const result = pupilFromForm(form({ upn: syntheticUpn("999900025001") }), NOW);
    expect(result.ok && result.pupil).toMatchObject({ firstName: "Pip", phase: "school", needs: [{ code: "SLCN", rank: 1 }], createdAt: NOW });
  });

  it("keeps the cohort of the year group chosen, so the pupil moves up each September", () => {
    // Year 4 in the school year that began in September 2025: reception began in September 2021.
    const result = pupilFromForm(form(), NOW);
    expect(result.ok && result.pupil.cohort).toBe(2021);
  });

  it("asks for each missing field in plain words", () => {
    expect(errors(emptyPupilForm("targeted")).map((e) => e.message)).toEqual([
      "Enter the pupil's first name", "Enter the pupil's last name", "Enter the pupil's date of birth", "Choose the pupil's year group",
    ]);
  });

  it("names the expected check letter for a UPN with the wrong one", () => {
    const upn = syntheticUpn("999900025001");
    const wrong = (upn[0] === "A" ? "B" : "A") + upn.slice(1);
    expect(errors(form({ upn: wrong }))).toEqual([{ field: "upn", message: `UPN ${wrong} has the wrong check letter: expected ${upn[0]}.` }]);
  });

  it("allows NSA only with SEN support (K)", () => {
    expect(errors(form({ primaryNeed: "NSA", status: "K" }))).toEqual([]);
    expect(errors(form({ primaryNeed: "NSA", status: "E" }))[0]).toMatchObject({ field: "primaryNeed" });
  });

  it("records a status and tier change when a pupil is edited, and keeps their meetings", () => {
    const before = fakePupil({ meetings: [{ id: "m", pupilId: "pupil-1", date: "2025-10-01", attendees: "", notes: "", agreedActions: "" }] });
    const result = pupilFromForm({ ...pupilToForm(before), status: "E", tier: "specialist" }, NOW, before);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pupil.meetings).toHaveLength(1);
    expect(result.pupil.history).toEqual([
      { date: "2026-01-15", kind: "status", from: "K", to: "E" },
      { date: "2026-01-15", kind: "tier", from: "targeted", to: "specialist" },
    ]);
  });
});
