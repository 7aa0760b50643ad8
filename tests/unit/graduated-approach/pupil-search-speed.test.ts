import { describe, expect, it } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { filterPupils } from "@/graduated-approach/pupil-filters";
import { filterPupilsBefore, keystrokes } from "../../bench/pupil-search-baseline";
import { medianTime } from "../../bench/median-time";

const { pupils } = generateDemoSchool({ pupils: 2_000, seed: 16, today: "2026-03-03" });
const noCycles = () => [];
const noSummaries = () => undefined;
const typing = keystrokes(`${pupils[0]!.firstName} ${pupils[0]!.lastName}`);

describe("register search with 2,000 pupils", () => {
  it("finds the same pupils in the same order as before", () => {
    for (const text of typing) {
      expect(filterPupils(pupils, noSummaries, { text }, "2026-03-03").map((p) => p.id)).toEqual(filterPupilsBefore(pupils, noCycles, { text }).map((p) => p.id));
    }
  });

  it("takes under half the time per keystroke of the search before issue 16, measured in the same run", () => {
    const now = medianTime(7, () => typing.forEach((text) => filterPupils(pupils, noSummaries, { text }, "2026-03-03")));
    const before = medianTime(7, () => typing.forEach((text) => filterPupilsBefore(pupils, noCycles, { text })));
    const ratio = now / before;
    console.log(`search: ${typing.length} keystrokes take ${ratio.toFixed(2)}x the time of the search before issue 16`);
    expect(ratio).toBeLessThan(0.5);
  });
});
