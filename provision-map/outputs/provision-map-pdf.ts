import { longDate } from "@/graduated-approach/long-date";
import { formatPounds } from "@/graduated-approach/setting-costs";
import { MAX_DAYS_OUT_OF_SAME_LESSON } from "../clashes";
import { PROVISION_MAP_HEADINGS as H, type ProvisionMapReport } from "../provision-map-report";
import { LITTLE_PROGRESS_RULE, NOT_PROOF_OF_CAUSE } from "../what-works";
import { landscapeDoc, type PdfOptions } from "./landscape-pdf";
import { combinedGridTable, gridTable, linesTable, timetableTable, totalsTables, whatWorksTable } from "./report-tables";

/**
 * The provision map as a landscape PDF: the year group × area grid (and × tier) on the first page, so it prints
 * on one sheet; then totals, what works, the staff timetable with clashes, and each year group's pupils on a page of its own.
 */
export function provisionMapPdf(report: ProvisionMapReport, options: PdfOptions): Uint8Array {
  const title = `Provision map: ${report.settingName}`;
  const r = landscapeDoc(title, options);
  let y = r.heading(title, 14, 16);
  y = r.paragraph(`School year ${report.schoolYear}, as on ${longDate(report.today)}. ${formatPounds(report.totals.total)} across ${report.totals.pupils} pupils: each pupil's latest plan for a year, and their share of each group intervention's delivered sessions this school year.`, y);
  y = r.heading(`${H.byArea}, and by tier`, y + 2, 12);
  const grid = combinedGridTable(report.byArea, report.byTier);
  const areas = report.byArea.columns.length;
  const tiers = report.byTier.columns.length;
  r.table(grid, y, {
    styles: { fontSize: 7.5, cellPadding: 1 },
    columnStyles: Object.fromEntries(grid.head.map((_, n) => [n, n === 0 ? { fontStyle: "bold" } : { halign: "right" }])),
    groupHead: [{ content: "", colSpan: 1 }, { content: "Area of need", colSpan: areas }, { content: "Tier", colSpan: tiers }, { content: "", colSpan: 2 }],
  });
  y = r.heading(`${H.byTier}`, r.newPage());
  r.table(gridTable(report.byTier), y);

  y = r.heading(H.totals, r.newPage());
  for (const { heading, table } of totalsTables(report)) {
    y = r.paragraph(heading, y, 10);
    y = r.table(table, y, { tableWidth: 150 });
  }

  y = r.heading(H.whatWorks, r.newPage());
  y = r.paragraph(`${NOT_PROOF_OF_CAUSE} No figure is given for fewer than 3 measured pupils. ${LITTLE_PROGRESS_RULE}`, y);
  r.table(whatWorksTable(report.whatWorks), y);

  y = r.heading(H.timetable, r.newPage());
  y = r.paragraph(`The week's sessions of groups running on ${longDate(report.today)}.${report.unplaced.length ? ` Not placed (no start time or days): ${report.unplaced.join(", ")}.` : ""}`, y);
  y = r.table(timetableTable(report), y);
  y = r.heading(H.clashes, y, 12);
  y = r.paragraph(`A pupil in two groups at once, an adult down for two groups at once, or a pupil out of class at the same time of day on more than ${MAX_DAYS_OUT_OF_SAME_LESSON} days a week (the same lesson, most weeks).`, y);
  r.table({ head: ["Clash"], body: report.clashes.length ? report.clashes.map((c) => [c.message]) : [["No clashes found."]] }, y);

  const all = linesTable(report);
  const yearGroups = [...new Set(report.lines.map((l) => l.yearGroupLabel))];
  for (const yearGroup of yearGroups) {
    y = r.heading(`${H.byYearGroup}: ${yearGroup}`, r.newPage());
    r.table({ head: all.head.slice(1), body: all.body.filter((row) => row[0] === yearGroup).map((row) => row.slice(1)) }, y);
  }
  if (yearGroups.length === 0) r.paragraph(`${H.byYearGroup}: no costed provision yet.`, r.newPage());
  return r.finish(`${title} - school year ${report.schoolYear}`);
}
