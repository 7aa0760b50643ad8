import { bench, describe } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";
import { filterPupils } from "@/graduated-approach/pupil-filters";
import { filterPupilsBefore, keystrokes } from "./pupil-search-baseline";

const { pupils } = generateDemoSchool({ pupils: 2_000, seed: 16, today: "2026-03-03" });
const noCycles = () => [];
const noSummaries = () => undefined;
const typing = keystrokes(pupils[0]!.lastName);

describe("register search, 2,000 pupils, one filter per keystroke (node)", () => {
  bench("filterPupils", () => void typing.forEach((text) => filterPupils(pupils, noSummaries, { text }, "2026-03-03")), { iterations: 20 });
  bench("before issue 16", () => void typing.forEach((text) => filterPupilsBefore(pupils, noCycles, { text })), { iterations: 20 });
});
