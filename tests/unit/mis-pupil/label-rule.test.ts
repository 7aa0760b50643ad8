import { describe, expect, it } from "vitest";
import { patternAfterWords, wordsOfPattern } from "@/mis-pupil/label-rule";

describe("page-reading rules in plain words", () => {
  it("reads the rest of the line or cell after the words, with or without a colon", () => {
    const pattern = new RegExp(patternAfterWords("Pupil UPN:")!, "i");
    expect(pattern.exec("Name\tAda Example\nPupil UPN: A123456789012\nYear 5")![1]).toBe("A123456789012");
    expect(pattern.exec("pupil upn\tB123456789012\tClass 5B")![1]).toBe("B123456789012");
    expect(pattern.exec("Pupil UPN\nC123456789012")![1]).toBe("C123456789012");
  });

  it("treats the words as words, not as pattern syntax", () => {
    const pattern = new RegExp(patternAfterWords("D.O.B. (legal)")!, "i");
    expect(pattern.exec("D.O.B. (legal) 04/03/2015")![1]).toBe("04/03/2015");
    expect(pattern.test("DxOxBx (legal) 04/03/2015")).toBe(false);
  });

  it("gives the words back from its own patterns only", () => {
    expect(wordsOfPattern(patternAfterWords("D.O.B. (legal)"))).toBe("D.O.B. (legal)");
    expect(wordsOfPattern("UPN:\\s*(\\w+)")).toBeUndefined();
    expect(wordsOfPattern(undefined)).toBeUndefined();
    expect(patternAfterWords("  ")).toBeUndefined();
  });
});

