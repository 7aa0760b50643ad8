// Writes a made-up demo school (pupils and APDR cycles) as JSON. Every name and UPN is obviously fake.
// Usage: npx tsx scripts/demo-school.ts --pupils 30 [--seed 1] [--today 2026-03-03] [--out demo-output/school.json]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateDemoSchool, MAX_DEMO_PUPILS } from "../demo-school/generate";
import { IsoDate } from "../graduated-approach/iso-date";

const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    today: { type: "string", default: new Date().toISOString().slice(0, 10) },
    out: { type: "string" },
  },
});

const pupils = Number(values.pupils);
const seed = Number(values.seed);
const problems = [
  !Number.isInteger(pupils) || pupils < 0 || pupils > MAX_DEMO_PUPILS ? `--pupils must be a whole number from 0 to ${MAX_DEMO_PUPILS}` : "",
  !Number.isInteger(seed) ? "--seed must be a whole number" : "",
  !IsoDate.safeParse(values.today).success ? "--today must be a date written as YYYY-MM-DD" : "",
].filter(Boolean);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const school = generateDemoSchool({ pupils, seed, today: values.today });
const json = JSON.stringify(school, null, 2) + "\n";
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, json);
  console.log(`Wrote ${school.pupils.length} pupils and ${school.cycles.length} cycles to ${values.out}.`);
} else {
  process.stdout.write(json);
}
