import { describe, expect, it } from "vitest";
import { newPupil } from "@/graduated-approach/new-pupil";
import { primaryNeed, Pupil } from "@/graduated-approach/pupil";
import { fakePupilInput } from "../../fixtures/graduated";

const pupil = fakePupilInput;

function issues(input: unknown) {
  const result = Pupil.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("Pupil", () => {
  it("parses a pupil and fills consent and profile with blanks", () => {
    const parsed = Pupil.parse(pupil());
    expect(parsed.consent).toEqual({ byWhom: "", shareWith: [], notes: "" });
    expect(parsed.profile).toEqual({ likeAndAdmire: "", importantToMe: "", howToSupportMe: "" });
    expect(parsed.keyAdult).toBe("");
  });

  it("allows NSA for a pupil at SEN support (K)", () => {
    expect(issues(pupil({ needs: [{ code: "NSA", rank: 1 }] }))).toEqual([]);
  });

  it.each(["E", "monitoring", "none"] as const)("rejects NSA with status %s, at the need's code", (code) => {
    const found = issues(pupil({ senStatus: { code }, needs: [{ code: "NSA", rank: 1 }] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe("needs.0.code");
    expect(found[0]?.message).toContain("SEN support (K)");
  });

  it("rejects NSA beside another need", () => {
    const found = issues(pupil({ needs: [{ code: "SEMH", rank: 1 }, { code: "NSA", rank: 2 }] }));
    expect(found.map((f) => f.path)).toEqual(["needs.1.code"]);
  });

  it("allows at most two needs", () => {
    const three = [
      { code: "SLCN", rank: 1 },
      { code: "SEMH", rank: 2 },
      { code: "ASD", rank: 2 },
    ] as const;
    const found = issues(pupil({ needs: [...three] }));
    expect(found[0]?.path).toBe("needs");
    expect(found[0]?.message).toContain("at most two");
  });

  it("accepts a primary and a secondary need", () => {
    const parsed = Pupil.parse(pupil({ needs: [{ code: "SPLD", rank: 1 }, { code: "SEMH", rank: 2 }] }));
    expect(primaryNeed(parsed)).toBe("SPLD");
  });

  it("needs the first listed need to be rank 1", () => {
    expect(issues(pupil({ needs: [{ code: "SPLD", rank: 2 }] })).map((f) => f.path)).toEqual(["needs.0.rank"]);
  });

  it("rejects two primary needs", () => {
    const found = issues(pupil({ needs: [{ code: "SPLD", rank: 1 }, { code: "MLD", rank: 1 }] }));
    expect(found.map((f) => f.path)).toEqual(["needs.1.rank"]);
  });

  it("rejects the same code as primary and secondary", () => {
    const found = issues(pupil({ needs: [{ code: "ASD", rank: 1 }, { code: "ASD", rank: 2 }] }));
    expect(found.map((f) => f.path)).toEqual(["needs.1.code"]);
  });

  it("rejects ranks other than 1 and 2", () => {
    expect(issues(pupil({ needs: [{ code: "ASD", rank: 3 as 1 }] })).length).toBeGreaterThan(0);
  });

  it("allows no needs at all", () => {
    expect(Pupil.parse(pupil({ needs: undefined })).needs).toEqual([]);
  });

  it("explains a wrong UPN check letter at the upn field", () => {
    const found = issues(pupil({ upn: "A801200005001" }));
    expect(found).toEqual([{ path: "upn", message: "UPN A801200005001 has the wrong check letter: expected B." }]);
  });

  it("stores a valid UPN in capitals", () => {
    expect(Pupil.parse(pupil({ upn: "b801200005001" })).upn).toBe("B801200005001");
  });

  it("rejects year groups outside N1–Y14 and badly written dates", () => {
    expect(issues(pupil({ yearGroup: "Y15" as "Y14" })).map((f) => f.path)).toEqual(["yearGroup"]);
    expect(issues(pupil({ yearGroup: "7" as "Y7" })).map((f) => f.path)).toEqual(["yearGroup"]);
    expect(issues(pupil({ dateOfBirth: "04/05/2016" })).map((f) => f.path)).toEqual(["dateOfBirth"]);
  });

  it("rejects a blank name", () => {
    expect(issues(pupil({ firstName: "  " })).map((f) => f.path)).toEqual(["firstName"]);
  });
});

describe("newPupil", () => {
  it("adds the id and timestamps", () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = pupil();
    const result = newPupil(input, "2026-03-03T10:00:00.000Z", "fixed-id");
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ id: "fixed-id", createdAt: "2026-03-03T10:00:00.000Z", updatedAt: "2026-03-03T10:00:00.000Z" });
  });

  it("makes a fresh id when none is given", () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = pupil();
    const a = newPupil(input, "2026-03-03T10:00:00.000Z");
    const b = newPupil(input, "2026-03-03T10:00:00.000Z");
    expect(a.data?.id).toBeTruthy();
    expect(a.data?.id).not.toBe(b.data?.id);
  });
});
