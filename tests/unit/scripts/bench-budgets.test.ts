import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Budgets, figureAt, judge } from "../../../scripts/bench/budgets";

const budgets: Budgets = {
  pupils: 2000,
  budgets: [
    { what: "Unlock to Due", path: "big.unlock.toDueMs", unit: "ms", target: 150, allowed: 400, perPupil: true },
    { what: "Search p95", path: "big.search.p95Ms", unit: "ms", target: 16, perPupil: false },
    { what: "Cycles read", path: "big.reads.cycles.ratio", unit: "ratio", target: 1.5, perPupil: false },
  ],
};
const results = (toDue: number, p95: number, ratio?: number) => ({ big: { unlock: { toDueMs: toDue }, search: { p95Ms: p95 }, reads: ratio === undefined ? {} : { cycles: { ratio } } } });

describe("bench budgets", () => {
  it("passes figures within the enforced limit and says which targets are met", () => {
    const verdicts = judge(budgets, results(300, 12, 1.4), 2000);
    expect(verdicts.map((v) => [v.status, v.targetMet, v.limit])).toEqual([["ok", false, 400], ["ok", true, 16], ["ok", true, 1.5]]);
  });

  it("fails a figure over its limit, and one the results lack", () => {
    const verdicts = judge(budgets, results(401, 17), 2000);
    expect(verdicts.map((v) => v.status)).toEqual(["over", "over", "missing"]);
  });

  it("scales per-pupil limits linearly with a bigger school, and only those", () => {
    const verdicts = judge(budgets, results(900, 17, 1), 5000);
    expect(verdicts.map((v) => [v.limit, v.target, v.status])).toEqual([[1000, 375, "ok"], [16, 16, "over"], [1.5, 1.5, "ok"]]);
    expect(judge(budgets, results(399, 1, 1), 500)[0]!.limit).toBe(400);
  });

  it("reads figures at dotted paths, and nothing that is not a finite number", () => {
    expect(figureAt({ a: { b: 3 } }, "a.b")).toBe(3);
    expect(figureAt({ a: { b: "3" } }, "a.b")).toBeUndefined();
    expect(figureAt({ a: null }, "a.b")).toBeUndefined();
    expect(figureAt({ a: { b: Number.NaN } }, "a.b")).toBeUndefined();
  });

  it("has a committed budgets file that is valid, with every path a figure the bench writes", () => {
    const file = Budgets.parse(JSON.parse(readFileSync("bench/budgets.json", "utf8")));
    const known = /^(big|empty)\.(unlock\.(toDueMs|keyMs|longestTaskMs|firstLongestTaskMs|withoutSnapshot\.(toDueMs|longestTaskMs))|reads\.(register|pupils|summaries)\.ratio|search\.(p95Ms|longestTaskMs)|pupilsTab\.ms|dueView\.ms|pupilPage\.ms|backup\.(ms|longestTaskMs)|restore\.longestTaskMs|heapBytes)$|^sidePanelStartupJs\.gzipBytes$/;
    expect(file.budgets.map((b) => b.path).filter((p) => !known.test(p))).toEqual([]);
  });
});
