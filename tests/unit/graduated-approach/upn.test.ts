import { describe, expect, it } from "vitest";
import { checkUpn, syntheticUpn, Upn, UPN_ALPHABET, upnCheckLetter } from "@/graduated-approach/upn";

/*
 * Worked by hand. Weights: character n (n = 2…13) × n; letters in 13 count as their index in
 * ABCDEFGHJKLMNPQRTUVWXYZ (A = 0 … Z = 22); remainder mod 23 indexes the same alphabet.
 *
 * 801200005001: 8×2 + 1×4 + 2×5 + 5×10 + 1×13 = 16 + 4 + 10 + 50 + 13 = 93; 93 − 4×23 = 1  → B
 * 999999900001: 9×(2+3+4+5+6+7+8) + 1×13 = 315 + 13 = 328; 328 − 14×23 = 6               → G
 * 207000016049: 2×2 + 7×4 + 1×9 + 6×10 + 4×12 + 9×13 = 4 + 28 + 9 + 60 + 48 + 117 = 266;
 *               266 − 11×23 = 13                                                            → P
 *   (a worked example often copied into census help pages adds this to 267 and gives Q; it is 266.)
 * Temporary 99999990000A: 315 + A(0)×13 = 315; 315 − 13×23 = 16                            → T
 * Temporary 99999990000B: 315 + B(1)×13 = 328                                               → G
 */
const VALID = ["B801200005001", "G999999900001", "P207000016049", "T99999990000A", "G99999990000B"];

describe("upnCheckLetter", () => {
  it("computes the check letters worked by hand", () => {
    expect(VALID.map((upn) => upnCheckLetter(upn.slice(1)))).toEqual(VALID.map((upn) => upn[0]));
  });

  it("never gives I, O or S", () => {
    for (let n = 0; n < 500; n++) {
      const letter = upnCheckLetter(String(n * 7919).padStart(12, "0"));
      expect(UPN_ALPHABET).toContain(letter);
      expect(["I", "O", "S"]).not.toContain(letter);
    }
  });

  it("rejects input that is not 12 UPN characters", () => {
    expect(() => upnCheckLetter("80120000500")).toThrow(RangeError);
    expect(() => upnCheckLetter("8012000050A1")).toThrow(RangeError);
    expect(() => upnCheckLetter("80120000500O")).toThrow(RangeError);
  });
});

describe("checkUpn", () => {
  it("accepts permanent and temporary UPNs with the right check letter", () => {
    for (const upn of VALID) expect(checkUpn(upn)).toEqual({ ok: true, upn });
  });

  it("accepts lower case and spaces, and returns the UPN tidied", () => {
    expect(checkUpn(" b 8012 0000 5001 ")).toEqual({ ok: true, upn: "B801200005001" });
  });

  it("names the expected check letter when it is wrong", () => {
    const result = checkUpn("A801200005001");
    expect(result).toEqual({ ok: false, message: "UPN A801200005001 has the wrong check letter: expected B." });
  });

  it("catches the Q/P slip in the commonly copied example", () => {
    const result = checkUpn("Q207000016049");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/expected P\.$/);
  });

  it("detects any single changed digit", () => {
    const upn = "B801200005001";
    for (let i = 1; i < 13; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === upn[i]) continue;
        const changed = upn.slice(0, i) + d + upn.slice(i + 1);
        expect(checkUpn(changed).ok, changed).toBe(false);
      }
    }
  });

  it("says how many characters a UPN of the wrong length has", () => {
    const short = checkUpn("B80120000500");
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.message).toContain("has 12 characters; a UPN has 13");
    const long = checkUpn("B8012000050011");
    if (!long.ok) expect(long.message).toContain("has 14 characters");
    expect(long.ok).toBe(false);
  });

  it("asks for a UPN when the value is empty", () => {
    expect(checkUpn("   ").ok).toBe(false);
  });

  it("names the first character that should be a digit", () => {
    const result = checkUpn("B80120X005001");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('character 7 is "X"');
  });

  it("requires a check letter first, and not I, O or S", () => {
    for (const upn of ["1801200005001", "I801200005001", "O801200005001", "S801200005001"]) {
      const result = checkUpn(upn);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain("must start with a check letter");
    }
  });

  it("rejects I, O and S as the last letter of a temporary UPN", () => {
    const result = checkUpn("A99999990000I");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("other than I, O or S");
  });
});

describe("syntheticUpn", () => {
  it("makes UPNs that pass the check", () => {
    for (const digits of ["999900025000", "000000000000", "123456789012"]) {
      const upn = syntheticUpn(digits);
      expect(upn.slice(1)).toBe(digits);
      expect(checkUpn(upn).ok).toBe(true);
    }
  });

  it("only takes 12 digits", () => {
    expect(() => syntheticUpn("99990002500")).toThrow(RangeError);
    expect(() => syntheticUpn("99990002500A")).toThrow(RangeError);
  });
});

describe("Upn schema", () => {
  it("tidies a valid UPN", () => {
    expect(Upn.parse("b801200005001")).toBe("B801200005001");
  });

  it("carries the check message as the issue", () => {
    const result = Upn.safeParse("A801200005001");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("UPN A801200005001 has the wrong check letter: expected B.");
  });
});
