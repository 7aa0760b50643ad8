import { describe, expect, it } from "vitest";
import { loadPassphraseChecker, MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE } from "@/storage/vault";

describe("passphrase strength (zxcvbn-ts, offline dictionaries)", () => {
  it("refuses anything shorter than the minimum, saying how many more characters", async () => {
    const strength = await loadPassphraseChecker();
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
    const rating = strength("Tr0ub4dor&3");
    expect(rating.ok).toBe(false);
    expect(rating.score).toBeLessThanOrEqual(1);
    expect(rating.advice).toMatch(/^Add 1 more character:/);
    expect(strength("")).toMatchObject({ score: 0, ok: false, label: "Very weak" });
  });

  it("refuses well-known patterns that a home-made meter rated Strong", async () => {
    const strength = await loadPassphraseChecker();
    for (const weak of ["P@ssw0rd2024", "Summer2024!!", "aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "password1234", "123456789012", "qwertyuiop12"]) {
      const rating = strength(weak);
      expect(rating.ok, weak).toBe(false);
      expect(rating.score, weak).toBeLessThan(MIN_PASSPHRASE_SCORE);
      expect(rating.advice, weak).toMatch(/^Too easy to guess\./);
    }
  });

  it("treats the setting's name as a guessable word", async () => {
    const phrase = "Fictional Fields Academy";
    const without = (await loadPassphraseChecker())(phrase);
    const withName = (await loadPassphraseChecker(["Fictional Fields Academy"]))(phrase);
    expect(without.ok).toBe(true);
    expect(withName.ok).toBe(false);
    expect(withName.score).toBeLessThan(without.score);
  });

  it("accepts several unrelated words, and rates longer ones at least as high", async () => {
    const strength = await loadPassphraseChecker(["Fictional Fields Academy"]);
    const three = strength("otter lantern meadow");
    const five = strength("otter lantern meadow quiver biscuit");
    expect(three.ok).toBe(true);
    expect(three.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
    expect(five).toMatchObject({ score: 4, label: "Very strong", ok: true });
    expect(five.score).toBeGreaterThanOrEqual(three.score);
  });
});
