import { areaById } from "@/commitment-framework/queries";
import type { Framework } from "@/commitment-framework/schema";
import type { LaSummary } from "./la-aggregate";
import { sortedLevels } from "./scale";
import { toCsv } from "./csv";

/** The local-authority comparison as CSV: one row per area (settings at each level), then the lowest statements. */
export function laSummaryCsv(framework: Framework, summary: LaSummary): string {
  const levels = sortedLevels(framework.auditScale);
  const areaRows = [
    ["Area", "Settings", ...levels.map((l) => `Settings mostly ${l.value} ${l.label}`), "Settings not rated", "Mean score (%)"],
    ...summary.areas.map((a) => [
      a.name,
      summary.settings,
      ...a.levels.map((l) => l.count),
      a.notRated,
      a.meanPercent === null ? null : Math.round(a.meanPercent),
    ]),
  ];
  const statementRows = [
    ["Statement ID", "Area", "Statement", `Settings rating it ${levels[0]?.value} ${levels[0]?.label}`, "Settings rating it", "Mean rating"],
    ...summary.lowestStatements.map((s) => [
      s.statement.id,
      areaById(framework, s.statement.area)?.name ?? s.statement.area,
      s.statement.text,
      s.lowest,
      s.rated,
      Math.round(s.meanRating * 100) / 100,
    ]),
  ];
  return toCsv([...areaRows, [], ...statementRows]);
}
