import type { ProvisionMapReport } from "../provision-map-report";
import { PROVISION_MAP_HEADINGS } from "../provision-map-report";
import { NOT_PROOF_OF_CAUSE } from "../what-works";
import { gridTable, linesTable, timetableTable, totalsTables, whatWorksTable, type ReportTable } from "./report-tables";

/** The provision map as an XLSX workbook, a sheet per view; exceljs is loaded only when one is made. Money cells are numbers in £. */
export async function provisionMapXlsx(report: ProvisionMapReport): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SEND Companion";
  workbook.created = new Date(`${report.today}T12:00:00Z`);
  workbook.modified = workbook.created;
  const money = (n: number) => n;
  const sheet = (name: string, title: string, tables: { heading?: string; table: ReportTable }[], note?: string) => {
    const ws = workbook.addWorksheet(name, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.addRow([`${title}: ${report.settingName}, school year ${report.schoolYear}`]).font = { bold: true, size: 13 };
    for (const { heading, table } of tables) {
      ws.addRow([]);
      if (heading) ws.addRow([heading]).font = { bold: true };
      ws.addRow(table.head).font = { bold: true };
      for (const row of table.body) ws.addRow(row);
    }
    if (note) {
      ws.addRow([]);
      ws.addRow([note]);
    }
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 28 : 18));
  };
  sheet("By area of need", PROVISION_MAP_HEADINGS.byArea, [{ table: gridTable(report.byArea, money) }]);
  sheet("By tier", PROVISION_MAP_HEADINGS.byTier, [{ table: gridTable(report.byTier, money) }]);
  sheet("Totals", PROVISION_MAP_HEADINGS.totals, totalsTables(report, money));
  sheet("What works", PROVISION_MAP_HEADINGS.whatWorks, [{ table: whatWorksTable(report.whatWorks, money) }], NOT_PROOF_OF_CAUSE);
  sheet("Timetable", PROVISION_MAP_HEADINGS.timetable, [
    { table: timetableTable(report) },
    { heading: PROVISION_MAP_HEADINGS.clashes, table: { head: ["Clash"], body: report.clashes.length ? report.clashes.map((c) => [c.message]) : [["No clashes found."]] } },
  ]);
  sheet("Every pupil", PROVISION_MAP_HEADINGS.byYearGroup, [{ table: linesTable(report, money) }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
