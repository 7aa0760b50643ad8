import type { SchoolFigures } from "./measure-school";

interface Results {
  school: { pupils: number; cycles: number; logEntries: number; audits: number };
  sidePanelStartupJs: { gzipBytes: number; rawBytes: number };
  empty: SchoolFigures;
  big: SchoolFigures;
}

const READ_NAMES: Record<string, string> = {
  register: "Read register snapshot (vs raw getAll of pupils + summaries)",
  pupils: "Read pupils, no snapshot (vs raw getAll)",
  summaries: "Read summaries, no snapshot (vs raw getAll)",
};

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The results as a table: what was measured, with the school, and its baseline from the same run. */
export function printTable({ school, sidePanelStartupJs: js, empty, big }: Results): void {
  const rows: [string, string, string][] = [
    ["Unlock to Due painted, after the key", ms(big.unlock.toDueMs), `${ms(empty.unlock.toDueMs)} empty install`],
    ["  key derivation (PBKDF2, unwrap)", ms(big.unlock.keyMs), `${ms(empty.unlock.keyMs)} empty install`],
    ["  longest task during unlock", ms(big.unlock.longestTaskMs), `${ms(empty.unlock.longestTaskMs)} empty install`],
    ["Unlock to Due, no register snapshot", ms(big.unlock.withoutSnapshot.toDueMs), `longest task ${ms(big.unlock.withoutSnapshot.longestTaskMs)}`],
    ["First unlock after restore (builds summaries)", ms(big.unlock.firstToDueMs), `longest task ${ms(big.unlock.firstLongestTaskMs)}`],
    ...Object.entries(big.reads).map(([store, r]): [string, string, string] => [READ_NAMES[store] ?? `Read ${store} (store vs raw getAll)`, ms(r.storeMs), `${ms(r.rawGetAllMs)} raw, ${r.ratio.toFixed(1)}x`]),
    ["Search per keystroke p50", ms(big.search.p50Ms), `${ms(empty.search.p50Ms)} empty install`],
    ["Search per keystroke p95", ms(big.search.p95Ms), `${ms(empty.search.p95Ms)} empty install`],
    ["  longest task while searching", ms(big.search.longestTaskMs), `${ms(empty.search.longestTaskMs)} empty install`],
    ["Pupils tab", ms(big.pupilsTab.ms), `${ms(empty.pupilsTab.ms)} empty; ${big.pupilsTab.domNodes} DOM nodes`],
    ["Due view", ms(big.dueView.ms), `${ms(empty.dueView.ms)} empty; ${big.dueView.domNodes} DOM nodes`],
    ["Pupil page, their cycles read", ms(big.pupilPage?.ms), `longest task ${ms(big.pupilPage?.longestTaskMs)}`],
    ["Evidence pack PDF (warm / cold)", ms(big.evidencePack?.ms), `${ms(big.evidencePack?.coldMs)} cold`],
    ["Audit report PDF", ms(big.auditReport?.ms), ""],
    ["Backup", ms(big.backup?.ms), `longest task ${ms(big.backup?.longestTaskMs)}`],
    ["Restore", ms(big.restore?.ms), `longest task ${ms(big.restore?.longestTaskMs)}`],
    ["Side-panel start-up JS (gzip)", kb(js.gzipBytes), `${kb(js.rawBytes)} raw`],
    ["JS heap after GC", mb(big.heapBytes), `${mb(empty.heapBytes)} empty install`],
  ];
  console.log(`\nSchool: ${school.pupils} pupils, ${school.cycles} cycles, ${school.logEntries} log entries, ${school.audits} audits`);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${"".padEnd(w)}  ${"school".padStart(10)}  baseline`);
  for (const [what, value, base] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(10)}  ${base}`);
}
