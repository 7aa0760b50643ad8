import { bench, describe } from "vitest";
import { generateDemoSchool } from "@/demo-school/generate";

// A big secondary school for performance work: 2,000 made-up pupils and their cycles.
describe("demo school generator", () => {
  bench("200 pupils", () => void generateDemoSchool({ pupils: 200, seed: 1, today: "2026-03-20" }));
  bench("2,000 pupils", () => void generateDemoSchool({ pupils: 2000, seed: 1, today: "2026-03-20" }), { iterations: 5 });
});
