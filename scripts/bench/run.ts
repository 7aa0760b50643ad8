// `npm run bench`: measures SEND Companion with a large made-up school in headless Chromium and writes
// bench/results.json (then prints a table; scripts/bench/check-budgets.ts compares it with bench/budgets.json).
// Build first (npm run bench does: tsx scripts/build-extension.ts e2e).
// Usage: tsx scripts/bench/run.ts [--pupils 2000 --cycles 8000 --log-entries 20000 --audits 2] [--repeats 5] [--out bench/results.json]
//        [--screenshots <folder>]   (PNGs of the big school's Due view and scrolled register, to look at)
// Every figure is the median of --repeats runs (3 when CI=true), each beside its baseline from the same run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { E2E_EXTENSION_DIR, launchExtension, type ExtensionSession } from "../../tests/e2e/extension";
import { setUpNewSchool } from "../../tests/e2e/new-school";
import { startupChunks } from "../startup-chunks";
import { measureSchool, type SchoolFigures } from "./measure-school";
import { printTable } from "./print-table";
import { BACKUP_PASSPHRASE, DEFAULT_SIZE, makeBenchSchool, SCHOOL_PASSPHRASE } from "./school-backup";
import { round1 } from "./stats";

const { values } = parseArgs({
  options: {
    pupils: { type: "string", default: String(DEFAULT_SIZE.pupils) },
    cycles: { type: "string" },
    "log-entries": { type: "string" },
    audits: { type: "string", default: String(DEFAULT_SIZE.audits) },
    repeats: { type: "string", default: process.env.CI === "true" ? "3" : "5" },
    out: { type: "string", default: "bench/results.json" },
    screenshots: { type: "string" },
  },
});
const pupils = Number(values.pupils);
// Cycles and log entries grow with the school unless given: 4 cycles and 10 log entries a pupil.
const size = {
  pupils,
  cycles: Number(values.cycles ?? pupils * (DEFAULT_SIZE.cycles / DEFAULT_SIZE.pupils)),
  logEntries: Number(values["log-entries"] ?? pupils * (DEFAULT_SIZE.logEntries / DEFAULT_SIZE.pupils)),
  audits: Number(values.audits),
};
const repeats = Number(values.repeats);
if (Object.values(size).some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(repeats) || repeats < 1) {
  console.error("--pupils, --cycles, --log-entries and --audits must be whole numbers, and --repeats at least 1.");
  process.exit(2);
}

const began = Date.now();
const startupJs = sidePanelStartupJs();
console.log(`Making a school of ${size.pupils} pupils, ${size.cycles} cycles, ${size.logEntries} log entries, ${size.audits} audits…`);
const school = await makeBenchSchool(size);
const dir = mkdtempSync(join(tmpdir(), "send-companion-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const backupPath = join(dir, "bench-school.send-backup.json");
writeFileSync(backupPath, school.backup);

console.log(`Measuring an empty install (baseline), ${repeats} repeats…`);
const empty = await withSession((session) => measureSchool(session, { repeats, passphrase: SCHOOL_PASSPHRASE, setUp: (page) => setUpNewSchool(page, "Empty bench school (made up)", SCHOOL_PASSPHRASE) }));
console.log(`Measuring the school, ${repeats} repeats…`);
const big = await withSession((session) =>
  measureSchool(session, {
    repeats,
    passphrase: SCHOOL_PASSPHRASE,
    restore: { path: backupPath, passphrase: BACKUP_PASSPHRASE },
    searchFor: school.searchFor,
    packPupil: school.packPupil.name,
    auditId: size.audits > 0 ? "bench-audit-1" : undefined,
    backupPassphrase: BACKUP_PASSPHRASE,
    screenshotDir: values.screenshots,
  }),
);

const results = {
  measuredAt: new Date().toISOString(),
  machine: { ci: process.env.CI === "true", repeats },
  school: { ...school.counts, backupBytes: school.backup.length, packPupilCycles: school.packPupil.cycles },
  sidePanelStartupJs: startupJs,
  empty: roundAll(empty),
  big: roundAll(big),
  seconds: Math.round((Date.now() - began) / 1000),
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(results, null, 2) + "\n");
printTable(results);
console.log(`Wrote ${values.out} in ${results.seconds} s.`);

async function withSession<T>(work: (session: ExtensionSession) => Promise<T>): Promise<T> {
  const session = await launchExtension();
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

function sidePanelStartupJs() {
  const read = (path: string) => readFileSync(join(E2E_EXTENSION_DIR, path));
  const chunks = startupChunks(read("sidepanel.html").toString("utf8"), (path) => read(path).toString("utf8"));
  return {
    gzipBytes: chunks.reduce((n, path) => n + gzipSync(read(path), { level: 9 }).length, 0),
    rawBytes: chunks.reduce((n, path) => n + read(path).length, 0),
    chunks: chunks.length,
  };
}

function roundAll(figures: SchoolFigures): SchoolFigures {
  return JSON.parse(JSON.stringify(figures, (_key, v: unknown) => (typeof v === "number" ? round1(v) : v))) as SchoolFigures;
}
