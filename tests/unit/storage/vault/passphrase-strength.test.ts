import { describe, expect, it } from "vitest";
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from "@/storage/vault";

describe("passphrase strength", () => {
  it("refuses anything shorter than the minimum, saying how many more characters", () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
    const rating = passphraseStrength("Tr0ub4dor&3");
    expect(rating.ok).toBe(false);
    expect(rating.score).toBeLessThanOrEqual(1);
    expect(rating.advice).toMatch(/^Add 1 more character:/);
    expect(passphraseStrength("")).toMatchObject({ score: 0, ok: false, label: "Very weak" });
  });

  it("rates repeats, sequences and common words as weak even when long", () => {
    for (const weak of ["aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "password1234", "123456789012"]) {
      expect(passphraseStrength(weak), weak).toMatchObject({ ok: false });
    }
  });

  it("accepts several unrelated words, and rates longer ones higher", () => {
    const three = passphraseStrength("otter lantern meadow");
    const five = passphraseStrength("otter lantern meadow quiver biscuit");
    expect(three.ok).toBe(true);
    expect(five.score).toBeGreaterThanOrEqual(three.score);
    expect(five).toMatchObject({ score: 4, label: "Very strong" });
  });

  it("is a pure function of the passphrase", () => {
    expect(passphraseStrength("otter lantern meadow")).toEqual(passphraseStrength("otter lantern meadow"));
  });
});
