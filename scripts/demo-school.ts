// Writes a made-up demo school (pupils and APDR cycles) as JSON. Every name and UPN is obviously fake.
// Usage: npx tsx scripts/demo-school.ts --pupils 30 [--seed 1] [--today 2026-03-20] [--out demo-output/school.json]
//        [--cycles 8000] [--log-entries 20000]   (exact totals, for a school of a given size; otherwise 1–3 cycles a pupil)
// --today defaults to a fixed date, so the same command always prints the same school.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateDemoSchool, MAX_DEMO_PUPILS } from "../demo-school/generate";
import { IsoDate } from "../graduated-approach/iso-date";

const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    today: { type: "string", default: "2026-03-20" },
    out: { type: "string" },
    cycles: { type: "string" },
    "log-entries": { type: "string" },
  },
});

const pupils = Number(values.pupils);
const seed = Number(values.seed);
const cycles = values.cycles === undefined ? undefined : Number(values.cycles);
const logEntries = values["log-entries"] === undefined ? undefined : Number(values["log-entries"]);
const wholeOrUnset = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
const problems = [
  !Number.isInteger(pupils) || pupils < 0 || pupils > MAX_DEMO_PUPILS ? `--pupils must be a whole number from 0 to ${MAX_DEMO_PUPILS}` : "",
  !Number.isInteger(seed) ? "--seed must be a whole number" : "",
  !wholeOrUnset(cycles) ? "--cycles must be a whole number from 0" : "",
  !wholeOrUnset(logEntries) ? "--log-entries must be a whole number from 0" : "",
  !IsoDate.safeParse(values.today).success ? "--today must be a date written as YYYY-MM-DD" : "",
].filter(Boolean);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const school = generateDemoSchool({ pupils, seed, today: values.today, cycles, logEntries });
const json = JSON.stringify(school, null, 2) + "\n";
if (values.out) {
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, json);
  console.log(`Wrote ${school.pupils.length} pupils and ${school.cycles.length} cycles to ${values.out}.`);
} else {
  // A reader that stops early (e.g. `| head`) closes the pipe: that is a normal end, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  process.stdout.write(json);
}
