import { describe, expect, it } from "vitest";
import { createRandom, mulberry32 } from "@/demo-school/prng";

describe("seeded random numbers", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it("stays in [0, 1) and spreads across it", () => {
    const next = mulberry32(1);
    const values = Array.from({ length: 10_000 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it("gives whole numbers within both bounds", () => {
    const rng = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("never chooses a key weighted zero and follows the weights", () => {
    const rng = createRandom(9);
    const picks = Array.from({ length: 4000 }, () => rng.weighted({ a: 3, b: 1, never: 0 }));
    expect(picks).not.toContain("never");
    const a = picks.filter((p) => p === "a").length / picks.length;
    expect(a).toBeGreaterThan(0.7);
    expect(a).toBeLessThan(0.8);
  });

  it("refuses to pick from nothing", () => {
    const rng = createRandom(1);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.weighted({ a: 0 })).toThrow(RangeError);
  });
});
