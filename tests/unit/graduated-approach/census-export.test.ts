import { describe, expect, it } from "vitest";
import { censusCheckCsv } from "@/graduated-approach/census-export";
import { newPupil, type NewPupilInput } from "@/graduated-approach/new-pupil";

function pupil(input: Partial<NewPupilInput>, id: string) {
  const result = newPupil(
    {
      firstName: "Testy", lastName: "McTestface", dateOfBirth: "2015-09-01", yearGroup: "Y6", phase: "school",
      senStatus: { code: "none" }, needs: [], tier: "universal", ...input,
    },
    "2026-01-01T00:00:00.000Z",
    id,
  );
  if (!result.success) throw result.error;
  return result.data;
}

describe("censusCheckCsv", () => {
  it("writes UPN, names, provision and needs, sorted, skipping archived pupils", () => {
    const pupils = [
      pupil({ lastName: "Zed", upn: "B801200005001", senStatus: { code: "E" }, needs: [{ code: "ASD", rank: 1 }, { code: "SLCN", rank: 2 }] }, "1"),
      pupil({ lastName: "Able", senStatus: { code: "monitoring" } }, "2"),
      pupil({ lastName: "Mid", senStatus: { code: "K" }, needs: [{ code: "NSA", rank: 1 }] }, "3"),
      pupil({ lastName: "Gone", archivedOn: "2026-02-01" }, "4"),
    ];
    expect(censusCheckCsv(pupils)).toBe(
      [
        "UPN,Surname,Forename,SEN provision,Primary need,Secondary need",
        ",Able,Testy,N,,",
        ",Mid,Testy,K,NSA,",
        "B801200005001,Zed,Testy,E,ASD,SLCN",
        "",
      ].join("\r\n"),
    );
  });

  it("quotes commas and quotes, and defuses cells that would run as formulas", () => {
    const pupils = [pupil({ firstName: "=HYPERLINK(\"x\")", lastName: "O'Brien, Jr" }, "1"), pupil({ firstName: "-1", lastName: "@Sum" }, "2")];
    expect(censusCheckCsv(pupils).split("\r\n")).toEqual([
      "UPN,Surname,Forename,SEN provision,Primary need,Secondary need",
      ",'@Sum,'-1,N,,",
      ',"O\'Brien, Jr","\'=HYPERLINK(""x"")",N,,',
      "",
    ]);
  });
});
