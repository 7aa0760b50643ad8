import { formatPounds } from "@/graduated-approach/setting-costs";
import { WEEKDAY_LABELS, timeLabel } from "../timetable";
import type { ProvisionGrid } from "../provision-grid";
import type { ProvisionMapReport } from "../provision-map-report";
import { TOTAL_HEADINGS } from "../setting-totals";
import type { WhatWorksRow } from "../what-works";

/** A table as every output writes it: a header row and body rows of text or numbers. */
export interface ReportTable {
  head: string[];
  body: (string | number)[][];
}

type Money = (n: number) => string | number;

/** Year groups down, areas (or tiers) across, with row and column totals. */
export function gridTable(grid: ProvisionGrid, money: Money = formatPounds): ReportTable {
  return {
    head: ["Year group", ...grid.columns.map((c) => c.label), "Pupils", "Total"],
    body: [
      ...grid.rows.map((r) => [r.label, ...r.cells.map(money), r.pupils, money(r.total)]),
      ["All year groups", ...grid.columnTotals.map(money), grid.rows.reduce((n, r) => n + r.pupils, 0), money(grid.total)],
    ],
  };
}

/** Year groups down; the four broad areas of need, then the four tiers, across: the one-page provision map. */
export function combinedGridTable(byArea: ProvisionGrid, byTier: ProvisionGrid, money: Money = formatPounds): ReportTable {
  const rows = byArea.rows.map((r, n) => [r.label, ...r.cells.map(money), ...byTier.rows[n]!.cells.map(money), r.pupils, money(r.total)]);
  return {
    head: ["Year group", ...byArea.columns.map((c) => c.label), ...byTier.columns.map((c) => c.label), "Pupils", "Total"],
    body: [...rows, ["All year groups", ...byArea.columnTotals.map(money), ...byTier.columnTotals.map(money), byArea.rows.reduce((n, r) => n + r.pupils, 0), money(byArea.total)]],
  };
}

export function totalsTables(report: ProvisionMapReport, money: Money = formatPounds): { heading: string; table: ReportTable }[] {
  return (Object.keys(TOTAL_HEADINGS) as (keyof typeof TOTAL_HEADINGS)[]).map((key) => ({
    heading: TOTAL_HEADINGS[key],
    table: { head: [TOTAL_HEADINGS[key].replace(/^By /, "").replace(/^./, (c) => c.toUpperCase()), "Pupils", "Cost"], body: report.totals[key].map((r) => [r.label, r.pupils, money(r.cost)]) },
  }));
}

/** Progress per intervention with the pupils behind it; no figure where too few were measured. */
export function whatWorksTable(rows: readonly WhatWorksRow[], money: Money = formatPounds): ReportTable {
  return {
    head: ["Intervention", "Measure", "Pupils (measured)", "Improved", "Average progress", "Cost", "Cost a pupil", "Cost per unit of progress", "Flag"],
    body: rows.map((r) => [
      r.name,
      r.measure ? `${r.measure}${r.unit ? ` (${r.unit})` : ""}, ${r.higherIsBetter ? "higher" : "lower"} is better` : "None",
      `${r.pupils} (${r.measured})`,
      r.measured ? `${r.improved} of ${r.measured}` : "-",
      r.meanProgress === undefined ? r.noClaim ?? "-" : signed(r.meanProgress),
      money(r.cost),
      r.costPerPupil === undefined ? "-" : money(r.costPerPupil),
      r.costPerUnit === undefined ? "-" : money(r.costPerUnit),
      r.littleProgress ? "Little progress" : "",
    ]),
  };
}

export function timetableTable(report: ProvisionMapReport): ReportTable {
  return {
    head: ["Day", "Time", "Intervention", "Staff", "Place", "Pupils"],
    body: report.timetable.map((s) => [WEEKDAY_LABELS[s.day], `${timeLabel(s.start)} to ${timeLabel(s.end)}`, s.name, s.staff, s.place ?? "", s.pupilIds.length]),
  };
}

/** Every costed line, one pupil and one provision a row. */
export function linesTable(report: ProvisionMapReport, money: Money = formatPounds): ReportTable {
  return {
    head: ["Year group", "Pupil", "Provision", "Kind", "Area of need", "Tier", "Staff", "Funding source", "Progress", "Cost"],
    body: report.lines.map((l) => [l.yearGroupLabel, l.pupilName, l.name, l.source === "group" ? "Group (share)" : "Plan", l.areaLabel, l.tierLabel, l.staff, l.funding, l.progress, money(l.cost)]),
  };
}

function signed(n: number): string {
  return `${n > 0 ? "+" : ""}${n}`;
}
