// `npm run bench:budgets` (part of `npm run check`, after `npm run bench`): holds bench/results.json against
// bench/budgets.json. Exit 1 when a figure is over its limit or missing, 2 when there are no results.
// Usage: tsx scripts/bench/check-budgets.ts [results file] [budgets file]
import { existsSync, readFileSync } from "node:fs";
import { Budgets, formatFigure, judge } from "./budgets";

const [resultsPath = "bench/results.json", budgetsPath = "bench/budgets.json"] = process.argv.slice(2);
if (!existsSync(resultsPath)) {
  console.error(`There is no ${resultsPath}. Run the bench first: npm run bench`);
  process.exit(2);
}
const budgets = Budgets.safeParse(JSON.parse(readFileSync(budgetsPath, "utf8")));
if (!budgets.success) {
  console.error(`${budgetsPath} is not a valid budgets file: ${budgets.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  process.exit(2);
}
const results = JSON.parse(readFileSync(resultsPath, "utf8")) as { school?: { pupils?: number } };
const pupils = results.school?.pupils ?? budgets.data.pupils;
const verdicts = judge(budgets.data, results, pupils);

console.log(`Budgets for ${pupils} pupils (limits written for ${budgets.data.pupils}; per-pupil limits scale linearly):`);
const w = Math.max(...verdicts.map((v) => v.what.length));
for (const v of verdicts) {
  const mark = v.status === "ok" ? (v.targetMet ? "ok    " : "ok*   ") : v.status === "over" ? "OVER  " : "MISSING";
  const limit = v.limit === v.target ? formatFigure(v.limit, v.unit) : `${formatFigure(v.limit, v.unit)} (target ${formatFigure(v.target, v.unit)})`;
  console.log(`${mark} ${v.what.padEnd(w)}  ${formatFigure(v.value, v.unit).padStart(10)}  limit ${limit}`);
}
if (verdicts.some((v) => !v.targetMet && v.status === "ok")) console.log("ok* = within the limit enforced for now, not yet at issue 16's target.");
const broken = verdicts.filter((v) => v.status !== "ok");
if (broken.length > 0) {
  console.error(`${broken.length} budget${broken.length === 1 ? " is" : "s are"} broken: ${broken.map((v) => v.what).join("; ")}.`);
  process.exit(1);
}
console.log("Every budget holds.");
