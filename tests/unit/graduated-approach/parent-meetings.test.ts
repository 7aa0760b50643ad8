import { describe, expect, it } from "vitest";
import { meetingsThisSchoolYear, pupilsShortOfMeetings, schoolYearOf } from "@/graduated-approach/parent-meetings";
import { ParentMeeting } from "@/graduated-approach/parent-meeting";
import { fakePupil } from "../../fixtures/graduated";

const meeting = (date: string, id = date) => ParentMeeting.parse({ id, pupilId: "pupil-1", date, attendees: "Parent (made up), SENCO" });

describe("parent meetings and the school year", () => {
  it("runs the school year from 1 September to 31 August", () => {
    expect(schoolYearOf("2026-08-31")).toEqual({ start: "2025-09-01", end: "2026-08-31", label: "2025 to 2026" });
    expect(schoolYearOf("2026-09-01")).toEqual({ start: "2026-09-01", end: "2027-08-31", label: "2026 to 2027" });
    expect(schoolYearOf("2026-01-15").start).toBe("2025-09-01");
  });

  it("counts a meeting on 31 August in the old year and one on 1 September in the new", () => {
    const pupil = fakePupil({ meetings: [meeting("2026-08-31"), meeting("2026-09-01")] });
    expect(meetingsThisSchoolYear(pupil, "2026-08-31").map((m) => m.date)).toEqual(["2026-08-31"]);
    expect(meetingsThisSchoolYear(pupil, "2026-09-01").map((m) => m.date)).toEqual(["2026-09-01"]);
  });

  it("does not count meetings planned for later in the year", () => {
    const pupil = fakePupil({ meetings: [meeting("2025-10-01"), meeting("2026-02-01")] });
    expect(meetingsThisSchoolYear(pupil, "2026-01-15")).toHaveLength(1);
  });

  it("lists pupils at SEN support or with a plan who have had fewer than three meetings", () => {
    const three = [meeting("2025-10-01"), meeting("2026-01-10"), meeting("2026-01-12")];
    const pupils = [
      fakePupil({ id: "none" }),
      fakePupil({ id: "two", meetings: three.slice(0, 2) }),
      fakePupil({ id: "three", meetings: three }),
      fakePupil({ id: "ehcp", senStatus: { code: "E" }, tier: "specialist" }),
      fakePupil({ id: "monitoring", senStatus: { code: "monitoring" }, needs: [] }),
      fakePupil({ id: "archived", archivedOn: "2026-01-01" }),
    ];
    expect(pupilsShortOfMeetings(pupils, "2026-01-15")).toEqual([
      { pupilId: "none", held: 0, expected: 3 },
      { pupilId: "two", held: 2, expected: 3 },
      { pupilId: "ehcp", held: 0, expected: 3 },
    ]);
  });

  it("parses a pupil saved before meetings existed", () => {
    expect(fakePupil().meetings).toBeUndefined();
    expect(meetingsThisSchoolYear(fakePupil(), "2026-01-15")).toEqual([]);
  });
});
